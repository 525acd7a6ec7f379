import EngageLanguage
import EngageModel

/// EM0109: only the exits of a decision carry `when` labels.
struct OnlyDecisionExitsLabelled: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0109",
    name: "only-decision-exits-labelled",
    defaultSeverity: .warning,
    title: "Only the exits of a decision carry `when` labels",
    explanation: """
      A `when` label states the answer of a decision that leads along a flow: the map draws it on \
      the exit of a diamond, and the engagement rules read it as what was decided. On a flow out \
      of a start event or a step nothing is decided, so the label reads as a condition that the \
      map never tests: the reader cannot tell what happens when it does not hold. Either the node \
      really decides something (make it a `decision`, with one labelled exit per answer), or the \
      label is a description (move it to the step's `description`).
      """,
    source: IntegritySources.bpmn
      + " In BPMN a sequence flow carries a condition where the process branches (at a gateway); the EngageMap language draws `when` labels only on decision exits.",
    violatingExample: ExampleModel.make(
      flows: """
            received -> assess when "urgent"
            assess -> done
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
      for flowIndex in flows.indices where flows[flowIndex].label != nil {
        guard let source = map.flowSources[flowIndex], nodes[source].kind != .decision else { continue }
        let node = nodes[source]
        findings.append(
          Finding(
            .labelOutsideDecision(node.kind, node.id, label: flows[flowIndex].label ?? ""),
            at: flows[flowIndex].syntax.label?.range ?? flows[flowIndex].range,
            notes: [DiagnosticNote("the \(Self.noun(node.kind)) '\(node.id)' is here", at: node.syntax.id.range)]))
      }
    }
    return findings
  }

  static func noun(_ kind: StepKind) -> String {
    switch kind {
    case .start: "start event"
    case .end: "end event"
    case .step: "step"
    case .decision: "decision"
    }
  }
}

extension Finding.Message {
  fileprivate static func labelOutsideDecision(_ kind: StepKind, _ node: String, label: String) -> Finding.Message {
    let fix =
      kind == .step
      ? "make '\(node)' a `decision` with one labelled exit per answer, or remove the label"
      : "remove the label"
    return "the flow out of \(OnlyDecisionExitsLabelled.noun(kind)) '\(node)' is labelled \"\(label)\", but only a decision's exits carry `when` labels; \(fix)"
  }
}
