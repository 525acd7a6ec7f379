import EngageLanguage
import EngageModel

/// EM0206: every process has at least one input and one output.
struct ProcessInputsAndOutputs: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0206",
    name: "process-inputs-outputs",
    defaultSeverity: .warning,
    title: "Every process has at least one input and one output",
    explanation: """
      A process transforms inputs into outputs for a client. Naming them is what links processes \
      into an internal market (the output of one is the input of another) and what makes the \
      value for the client explicit. A process with no input has no trigger from anyone; a \
      process with no output delivers nothing anyone could evaluate.
      """,
    source: CompletenessSources.processApproach("step 3: reference processes name their inputs and outputs"),
    violatingExample: ExampleModel.make(
      processProperties: """
            kind main
            owner nurse
            purpose "See the most urgent patients first"
        """),
    fixedExample: ExampleModel.make()
  )

  func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    let processes = context.graph.processes
    for p in processes.indices {
      if processes[p].inputs.isEmpty {
        findings.append(Finding(.noInput(processes[p].id), at: processes[p].syntax.id.range))
      }
      if processes[p].outputs.isEmpty {
        findings.append(Finding(.noOutput(processes[p].id), at: processes[p].syntax.id.range))
      }
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func noInput(_ process: String) -> Finding.Message {
    "process '\(process)' has no input; add `input <id> \"<what it receives>\" from <process.output or client>`"
  }

  fileprivate static func noOutput(_ process: String) -> Finding.Message {
    "process '\(process)' has no output; add `output <id> \"<what it delivers>\" to <client>` (or consume it in another process)"
  }
}
