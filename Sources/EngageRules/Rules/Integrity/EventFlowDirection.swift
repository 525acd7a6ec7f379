import EngageLanguage
import EngageModel

/// EM0107: no flow enters a start event and no flow leaves an end event.
struct EventFlowDirection: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0107",
    name: "event-flow-direction",
    defaultSeverity: .error,
    title: "Nothing flows into a start event or out of an end event",
    explanation: """
      A start event is the trigger that begins the process and an end event is the result it \
      delivers. A flow into a start event, or out of an end event, makes the map contradict \
      itself: the process "starts" in the middle or goes on after it has ended. Usually the flow \
      should go to the first real step, or the end event should be a step.
      """,
    source: IntegritySources.bpmn,
    violatingExample: ExampleModel.make(
      flows: """
            received -> assess -> done
            done -> received
        """),
    fixedExample: ExampleModel.make()
  )

  func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    let processes = context.graph.processes
    for p in processes.indices {
      let map = context.maps[p]
      let nodes = processes[p].nodes
      let flows = processes[p].flows
      for flowIndex in flows.indices {
        if let source = map.flowSources[flowIndex], nodes[source].kind == .end {
          findings.append(
            Finding(
              .flowOutOfEnd(nodes[source].id), at: flows[flowIndex].range,
              notes: [DiagnosticNote("the end event '\(nodes[source].id)' is here", at: nodes[source].syntax.id.range)]))
        }
        if let target = map.flowTargets[flowIndex], nodes[target].kind == .start {
          findings.append(
            Finding(
              .flowIntoStart(nodes[target].id), at: flows[flowIndex].range,
              notes: [DiagnosticNote("the start event '\(nodes[target].id)' is here", at: nodes[target].syntax.id.range)]))
        }
      }
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func flowOutOfEnd(_ end: String) -> Finding.Message {
    "a flow leaves the end event '\(end)'; an end event is the process's result, so remove the flow or make '\(end)' a step"
  }

  fileprivate static func flowIntoStart(_ start: String) -> Finding.Message {
    "a flow enters the start event '\(start)'; a start event only begins the process, so send the flow to the first step instead"
  }
}
