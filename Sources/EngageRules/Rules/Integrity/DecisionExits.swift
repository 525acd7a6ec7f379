import EngageLanguage
import EngageModel

/// EM0105: a decision has at least two exits, each labelled with `when`, with a label that is
/// not empty and differs from its other exits' labels.
struct DecisionExits: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0105",
    name: "decision-exits-labelled",
    defaultSeverity: .error,
    title: "A decision has at least two exits, each labelled with `when`",
    explanation: """
      A decision is where the process branches, and where patients, families and staff most need \
      to know what happens next. A decision with one exit is not a decision (make it a step); an \
      exit without a label leaves the reader to guess which answer leads where. Label every exit \
      with `when "..."` so that the map states the criterion, and so that engagement rules can see \
      who takes the decision and what it decides. An empty label says nothing, and two exits with \
      the same label make the answer ambiguous: each answer leads to exactly one place.

      Semantics: a `decision` is a gateway, a point where the flow branches. It fires when a \
      decision has fewer than two exits (at its id), for each exit without `when`, with an empty \
      label, or with a label another exit already has (compared without case and surrounding \
      spaces; at the label). It does not ask for gateways: a decision reached together that has \
      one outcome, such as a clinician and a patient agreeing a care plan, is a `step` performed \
      by both, and at engagement `collaborate` such a step with `engagement collaborate` shows \
      the shared decision (EM0304) without inventing a yes/no branch.
      """,
    source: IntegritySources.bpmn,
    violatingExample: ExampleModel.make(
      nodes: """
            start received "Request received"
            decision urgent "Urgent?" by nurse
            step call "Call the patient back today" by nurse
            step assess "Assess at the next visit" by nurse
            end done "Triaged"
        """,
      flows: """
            received -> urgent
            urgent -> call
            urgent -> assess when "no"
            call -> done
            assess -> done
        """),
    fixedExample: ExampleModel.make(
      nodes: """
            start received "Request received"
            decision urgent "Urgent?" by nurse
            step call "Call the patient back today" by nurse
            step assess "Assess at the next visit" by nurse
            end done "Triaged"
        """,
      flows: """
            received -> urgent
            urgent -> call when "yes"
            urgent -> assess when "no"
            call -> done
            assess -> done
        """)
  )

  func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    let processes = context.graph.processes
    for p in processes.indices {
      let map = context.maps[p]
      let nodes = processes[p].nodes
      let flows = processes[p].flows
      for index in nodes.indices where nodes[index].kind == .decision {
        let exits = map.outgoing(of: index)
        let decision = nodes[index].id
        if exits.count < 2 {
          let notes = exits.map { DiagnosticNote("its only exit is here", at: flows[$0].range) }
          findings.append(
            Finding(
              .tooFewExits(decision, process: processes[p].id, count: exits.count), at: nodes[index].syntax.id.range,
              notes: notes))
        }
        var firstExitByLabel: [String: Int] = [:]
        for exit in exits {
          guard let label = flows[exit].label else {
            findings.append(
              Finding(
                .unlabelledExit(decision, target: Self.describe(flows[exit].to)),
                at: flows[exit].range,
                notes: [DiagnosticNote("the decision '\(decision)' is here", at: nodes[index].syntax.id.range)]
              ))
            continue
          }
          let labelRange = flows[exit].syntax.label?.range ?? flows[exit].range
          let key = Self.comparable(label)
          if key.isEmpty {
            findings.append(Finding(.emptyLabel(decision, target: Self.describe(flows[exit].to)), at: labelRange))
          } else if let first = firstExitByLabel[key] {
            findings.append(
              Finding(
                .duplicateLabel(decision, label: label), at: labelRange,
                notes: [
                  DiagnosticNote(
                    "the first exit labelled \"\(flows[first].label ?? label)\" is here",
                    at: flows[first].syntax.label?.range ?? flows[first].range)
                ]))
          } else {
            firstExitByLabel[key] = exit
          }
        }
      }
    }
    return findings
  }

  /// A label as answers are told apart: case and surrounding spaces do not make a new answer.
  private static func comparable(_ label: String) -> String {
    String(label.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed()).lowercased()
  }

  private static func describe(_ target: FlowTarget) -> String {
    switch target {
    case .node(let id): "'\(id)'"
    case .process(let id): "process '\(id)'"
    }
  }
}

extension Finding.Message {
  fileprivate static func tooFewExits(_ decision: String, process: String, count: Int) -> Finding.Message {
    let exits = count == 0 ? "no exit" : "only one exit"
    return "decision '\(decision)' of process '\(process)' has \(exits); add a flow for each answer, labelled `when \"...\"`, or make it a `step` if nothing branches here (a decision agreed together with the patient is a step with `engagement collaborate`)"
  }

  fileprivate static func emptyLabel(_ decision: String, target: String) -> Finding.Message {
    "the exit from decision '\(decision)' to \(target) has an empty label; write the answer that leads there, e.g. `when \"yes\"`"
  }

  fileprivate static func duplicateLabel(_ decision: String, label: String) -> Finding.Message {
    "decision '\(decision)' has two exits labelled \"\(label)\"; each answer leads to one place, so give this exit its own answer or remove it"
  }

  fileprivate static func unlabelledExit(_ decision: String, target: String) -> Finding.Message {
    "the exit from decision '\(decision)' to \(target) has no label; write the answer that leads there as `\(decision) -> ... when \"...\"`"
  }
}
