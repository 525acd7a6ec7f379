import EngageLanguage
import EngageModel

/// EM0103: every node of a process map can be reached from its start event.
struct StepReachable: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0103",
    name: "step-reachable",
    defaultSeverity: .error,
    title: "Every step is reachable from the start event",
    explanation: """
      A step that no flow leads to is never performed: it is either a forgotten connection (the \
      designed process skips work the team believes it does) or a leftover from an earlier \
      version. Either way the reference process and the real one disagree, and the roles shown in \
      that step's lane are not actually involved. Connect the step from the step before it, or \
      remove it.
      """,
    source: IntegritySources.bpmn,
    violatingExample: ExampleModel.make(
      nodes: """
            start received "Request received"
            step assess "Assess urgency" by nurse
            step advise "Advise on self-care" by nurse
            end done "Triaged"
        """,
      flows: """
            received -> assess -> done
            advise -> done
        """),
    fixedExample: ExampleModel.make(
      nodes: """
            start received "Request received"
            step assess "Assess urgency" by nurse
            step advise "Advise on self-care" by nurse
            end done "Triaged"
        """,
      flows: """
            received -> assess -> advise -> done
        """)
  )

  func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    for (position, process) in context.graph.processes.enumerated() {
      let map = context.maps[position]
      guard let firstStart = map.starts.first else { continue }
      let start = process.nodes[firstStart]
      let reachable = map.reachableFromStarts()
      for (index, node) in process.nodes.enumerated() where !reachable[index] {
        findings.append(
          Finding(
            .unreachable(node, process: process.id, start: start.id),
            at: node.syntax.id.range,
            notes: [DiagnosticNote("the start event '\(start.id)' is here", at: start.syntax.id.range)]
          ))
      }
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func unreachable(_ node: Node, process: String, start: String) -> Finding.Message {
    "\(node.kind.rawValue) '\(node.id)' of process '\(process)' cannot be reached from the start event '\(start)'; add a flow into it from the step before it, or remove it"
  }
}
