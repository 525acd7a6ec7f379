import EngageLanguage
import EngageModel

/// EM0106: every step and decision names who performs it.
struct StepPerformer: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0106",
    name: "step-performer",
    defaultSeverity: .warning,
    title: "Every step and decision names who performs it (`by`)",
    explanation: """
      Process maps are drawn in swimlanes, one per role, because the process approach asks who \
      does each piece of work, and patient engagement asks where patients, families and patient \
      partners take part. A step without `by` has no lane: nobody is accountable for it, and the \
      engagement rules cannot tell whether patients are involved in it.
      """,
    source: IntegritySources.bpmn + " The process-approach management model: reference processes name the roles that perform each step (swimlanes).",
    violatingExample: ExampleModel.make(
      nodes: """
            start received "Request received"
            step assess "Assess urgency"
            end done "Triaged"
        """),
    fixedExample: ExampleModel.make()
  )

  func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    let processes = context.graph.processes
    for p in processes.indices {
      let nodes = processes[p].nodes
      for index in nodes.indices
      where (nodes[index].kind == .step || nodes[index].kind == .decision) && nodes[index].performers.isEmpty {
        findings.append(
          Finding(.noPerformer(nodes[index].kind, nodes[index].id, process: processes[p].id), at: nodes[index].syntax.id.range))
      }
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func noPerformer(_ kind: StepKind, _ node: String, process: String) -> Finding.Message {
    "\(kind.rawValue) '\(node)' of process '\(process)' does not say who performs it; add `by <role>` after its title"
  }
}
