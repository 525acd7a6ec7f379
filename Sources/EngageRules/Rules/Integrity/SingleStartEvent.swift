import EngageLanguage
import EngageModel

/// EM0101: a process with a map has exactly one start event.
struct SingleStartEvent: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0101",
    name: "single-start-event",
    defaultSeverity: .error,
    title: "A process with steps has exactly one start event",
    explanation: """
      A reference process is the standard, designed version of how the work is done, and a reader \
      of its map must be able to tell where it begins: what event triggers it. With no start event \
      nobody can say when the process is owed to its client; with two, the map describes two \
      processes at once and its measures (for example "acknowledged within 2 days") have no single \
      clock to start from. Merge the triggers into one start event, or split the map into two \
      processes.
      """,
    source: IntegritySources.bpmn,
    violatingExample: ExampleModel.make(
      nodes: """
            start received "Request received"
            start walk_in "Patient walks in"
            step assess "Assess urgency" by nurse
            end done "Triaged"
        """,
      flows: """
            received -> assess -> done
            walk_in -> assess
        """),
    fixedExample: ExampleModel.make(
      nodes: """
            start received "Request received or patient walks in"
            step assess "Assess urgency" by nurse
            end done "Triaged"
        """,
      flows: """
            received -> assess -> done
        """)
  )

  func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    let processes = context.graph.processes
    for p in processes.indices where !processes[p].nodes.isEmpty {
      let starts = context.maps[p].starts
      guard let first = starts.first else {
        findings.append(Finding(.noStartEvent(processes[p].id), at: processes[p].syntax.id.range))
        continue
      }
      let nodes = processes[p].nodes
      for extra in starts.dropFirst() {
        findings.append(
          Finding(
            .extraStartEvent(nodes[extra].id, process: processes[p].id, first: nodes[first].id),
            at: nodes[extra].syntax.id.range,
            notes: [DiagnosticNote("the other start event '\(nodes[first].id)' is here", at: nodes[first].syntax.id.range)]
          ))
      }
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func noStartEvent(_ process: String) -> Finding.Message {
    "process '\(process)' has steps but no start event; add `start <id> \"<what triggers it>\"` and a flow from it to the first step"
  }

  fileprivate static func extraStartEvent(_ start: String, process: String, first: String) -> Finding.Message {
    "process '\(process)' has a second start event '\(start)'; merge it into '\(first)' or split the map into two processes"
  }
}
