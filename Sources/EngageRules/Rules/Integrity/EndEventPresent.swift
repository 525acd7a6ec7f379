import EngageLanguage
import EngageModel

/// EM0102: a process with a map has at least one end event.
struct EndEventPresent: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0102",
    name: "end-event-present",
    defaultSeverity: .error,
    title: "A process with steps has at least one end event",
    explanation: """
      An end event states the result the process delivers: "plan in place", "family informed". \
      Without one the map never says when the work is finished, so its output cannot be handed to \
      the client or to the next process, and time-based measures have no point to stop the clock. \
      Each distinct outcome may have its own end event.
      """,
    source: IntegritySources.bpmn,
    violatingExample: ExampleModel.make(
      nodes: """
            start received "Request received"
            step assess "Assess urgency" by nurse
            step book "Book the appointment" by nurse
        """,
      flows: """
            received -> assess -> book
        """),
    fixedExample: ExampleModel.make(
      nodes: """
            start received "Request received"
            step assess "Assess urgency" by nurse
            step book "Book the appointment" by nurse
            end done "Triaged"
        """,
      flows: """
            received -> assess -> book -> done
        """)
  )

  func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    let processes = context.graph.processes
    for p in processes.indices where !processes[p].nodes.isEmpty && context.maps[p].ends.isEmpty {
      findings.append(Finding(.noEndEvent(processes[p].id), at: processes[p].syntax.id.range))
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func noEndEvent(_ process: String) -> Finding.Message {
    "process '\(process)' has steps but no end event; add `end <id> \"<result>\"` and a flow into it from the last step"
  }
}
