import EngageLanguage
import EngageModel

/// EM0211: every output is consumed by a process or delivered to a client.
struct OutputConsumed: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0211",
    name: "output-consumed",
    defaultSeverity: .warning,
    title: "Every output is consumed by a process or delivered to a client",
    explanation: """
      An output is only value when someone receives it: an external client (`to patients`) or \
      another process that takes it as an input. An output nobody receives is work done for no \
      one, or, more often, a hand-off the receiving process has not written down.
      """,
    source: CompletenessSources.processApproach("steps 3 and 4: outputs go to a client or to the process that is their internal client"),
    violatingExample: ExampleModel.make(
      processProperties: """
            kind main
            owner nurse
            purpose "See the most urgent patients first"
            input request "Request for care" from patients
            output priority "Agreed priority"
        """),
    fixedExample: ExampleModel.make()
  )

  func check(_ context: RuleContext) -> [Finding] {
    var consumed = Set<Supplier>()
    let processes = context.graph.processes
    for p in processes.indices {
      let inputs = processes[p].inputs
      for i in inputs.indices {
        if let supplier = inputs[i].supplier, case .output(let source, _) = supplier, source != processes[p].id {
          consumed.insert(supplier)
        }
      }
    }
    let relations = context.graph.relations
    for r in relations.indices {
      if let process = relations[r].supplierProcess, let output = relations[r].supplierOutput, relations[r].client != nil {
        consumed.insert(.output(process: process, output: output))
      }
    }
    var findings: [Finding] = []
    for p in processes.indices {
      let outputs = processes[p].outputs
      for o in outputs.indices
      where outputs[o].client == nil && !consumed.contains(.output(process: processes[p].id, output: outputs[o].id)) {
        findings.append(Finding(.unconsumed(outputs[o].id, process: processes[p].id), at: outputs[o].syntax.id.range))
      }
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func unconsumed(_ output: String, process: String) -> Finding.Message {
    "output '\(output)' of process '\(process)' goes nowhere; deliver it with `to <client>` or declare `input <id> \"...\" from \(process).\(output)` in the process that uses it"
  }
}
