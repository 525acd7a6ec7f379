import EngageLanguage
import EngageModel

/// EM0108: a flow that hands over to another process names a process that takes an input (and
/// is not the process the flow is in).
struct HandOverTarget: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0108",
    name: "hand-over-target",
    defaultSeverity: .warning,
    title: "A flow that hands over to another process names a process that exists and takes an input",
    explanation: """
      In the process approach, work passes between processes through the internal market: the \
      output of one process is the input of the next, and the receiving process is the internal \
      client of the one that hands over. A hand-over to a process that declares no input means \
      the receiving team has not agreed to take anything: the hand-off is invisible to them and \
      easily dropped. Declare the input in the receiving process, naming its supplier.
      """,
    source: IntegritySources.bpmn
      + " The process-approach management model, step 4: internal-market relations between processes (the output of one process is the input of another).",
    violatingExample: ExampleModel.make(
      processProperties: ExampleModel.processProperties + "\n    output referral \"Urgent referral\"",
      flows: """
            received -> assess -> done
            assess -> urgent_care
        """,
      otherProcesses: ExampleModel.urgentCare(input: "")),
    fixedExample: ExampleModel.make(
      processProperties: ExampleModel.processProperties + "\n    output referral \"Urgent referral\"",
      flows: """
            received -> assess -> done
            assess -> urgent_care
        """,
      otherProcesses: ExampleModel.urgentCare(input: "    input referral \"Urgent referral\" from triage.referral\n"))
  )

  func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    let processes = context.graph.processes
    for p in processes.indices {
      let flows = processes[p].flows
      for flowIndex in flows.indices {
        guard case .process(let targetID) = flows[flowIndex].to else { continue }
        if targetID == processes[p].id {
          findings.append(Finding(.handsOverToItself(targetID), at: flows[flowIndex].range))
          continue
        }
        guard let target = context.index.processes[targetID] else {
          findings.append(Finding(.noSuchProcess(targetID), at: flows[flowIndex].range))
          continue
        }
        if processes[target].inputs.isEmpty {
          findings.append(
            Finding(
              .takesNoInput(targetID, from: processes[p].id), at: flows[flowIndex].range,
              notes: [DiagnosticNote("process '\(targetID)' is declared here", at: processes[target].syntax.id.range)]))
        }
      }
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func noSuchProcess(_ target: String) -> Finding.Message {
    "this flow hands over to '\(target)', which is not a process; name the process that continues the work"
  }

  fileprivate static func handsOverToItself(_ process: String) -> Finding.Message {
    "this flow hands over to process '\(process)', the process it is in; a flow inside a process leads to one of its steps, so name the step (or the end event) that follows"
  }

  fileprivate static func takesNoInput(_ target: String, from source: String) -> Finding.Message {
    "this flow hands over to process '\(target)', which takes no input; declare `input <id> \"<what it receives>\" from \(source).<output>` in '\(target)'"
  }
}
