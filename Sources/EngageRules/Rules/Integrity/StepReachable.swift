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
    let processes = context.graph.processes
    for p in processes.indices {
      let map = context.maps[p]
      guard let start = map.starts.first else { continue }
      let reachable = map.reachableFromStarts()
      guard reachable.contains(false) else { continue }
      let nodes = processes[p].nodes
      for index in nodes.indices where !reachable[index] {
        findings.append(
          Finding(
            .unreachable(nodes[index].kind, nodes[index].id, process: processes[p].id, start: nodes[start].id),
            at: nodes[index].syntax.id.range,
            notes: [DiagnosticNote("the start event '\(nodes[start].id)' is here", at: nodes[start].syntax.id.range)]
          ))
      }
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func unreachable(_ kind: StepKind, _ node: String, process: String, start: String) -> Finding.Message {
    "\(kind.rawValue) '\(node)' of process '\(process)' cannot be reached from the start event '\(start)'; add a flow into it from the step before it, or remove it"
  }
}
