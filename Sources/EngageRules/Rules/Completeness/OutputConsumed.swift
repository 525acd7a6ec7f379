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
    for process in context.graph.processes {
      for input in process.inputs {
        if let supplier = input.supplier, case .output(let source, _) = supplier, source != process.id {
          consumed.insert(supplier)
        }
      }
    }
    for relation in context.graph.relations {
      if let process = relation.supplierProcess, let output = relation.supplierOutput, relation.client != nil {
        consumed.insert(.output(process: process, output: output))
      }
    }
    var findings: [Finding] = []
    for process in context.graph.processes {
      for output in process.outputs
      where output.client == nil && !consumed.contains(.output(process: process.id, output: output.id)) {
        findings.append(Finding(.unconsumed(output.id, process: process.id), at: output.syntax.id.range))
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
