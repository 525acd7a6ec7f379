import EngageLanguage
import EngageModel

/// EM0210: every input names its supplier.
struct InputHasSupplier: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0210",
    name: "input-has-supplier",
    defaultSeverity: .warning,
    title: "Every input has a supplier (a process output or an external client)",
    explanation: """
      In the internal market every input comes from somewhere: the output of another process \
      (whose owner is then the internal supplier, evaluated by this process as its client) or an \
      external client. An input with no supplier is an expectation nobody has agreed to meet.
      """,
    source: CompletenessSources.processApproach("step 4: internal-market relations, the output of one process is the input of another"),
    violatingExample: ExampleModel.make(
      processProperties: """
            kind main
            owner nurse
            purpose "See the most urgent patients first"
            input request "Request for care"
            output priority "Agreed priority" to patients
        """),
    fixedExample: ExampleModel.make()
  )

  func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    let processes = context.graph.processes
    for p in processes.indices {
      let inputs = processes[p].inputs
      for i in inputs.indices where inputs[i].supplier == nil {
        findings.append(Finding(.noSupplier(inputs[i].id, process: processes[p].id), at: inputs[i].syntax.id.range))
      }
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func noSupplier(_ input: String, process: String) -> Finding.Message {
    "input '\(input)' of process '\(process)' names no supplier; add `from <process>.<output>` or `from <client>`"
  }
}
