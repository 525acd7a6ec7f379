import EngageLanguage
import EngageModel

/// EM0202: every goal is served by at least one mega-process.
struct GoalServed: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0202",
    name: "goal-served",
    defaultSeverity: .warning,
    title: "Every goal is served by at least one mega-process",
    explanation: """
      A goal that no mega-process serves is a promise without a process behind it: nothing in \
      the organisation is designed to deliver it, and no measure will ever show whether it is \
      met. Either name the goal in the `goals` of the mega-process that pursues it, add the \
      missing mega-process, or drop the goal.
      """,
    source: CompletenessSources.processApproach("step 2: every mega-process traces to the goals it serves"),
    violatingExample: ExampleModel.make(
      organisation: """
        organisation clinic "Hillside Clinic" {
          purpose "Safe, timely primary care planned with patients"
          goal timely "Timely care"
          goal openness "Openness after harm"
        }
        """),
    fixedExample: ExampleModel.make(
      organisation: """
        organisation clinic "Hillside Clinic" {
          purpose "Safe, timely primary care planned with patients"
          goal timely "Timely care"
          goal openness "Openness after harm"
        }
        """,
      megaprocessProperties: """
          client patients
          goals timely, openness
        """)
  )

  func check(_ context: RuleContext) -> [Finding] {
    var served = Set<String>()
    let megaprocesses = context.graph.megaprocesses
    for m in megaprocesses.indices { served.formUnion(megaprocesses[m].goals) }
    let goals = context.graph.goals
    return goals.indices.filter { !served.contains(goals[$0].id) }.map {
      Finding(.unserved(goals[$0].id), at: goals[$0].syntax.id.range)
    }
  }
}

extension Finding.Message {
  fileprivate static func unserved(_ goal: String) -> Finding.Message {
    "goal '\(goal)' is not served by any mega-process; list it in the `goals` of the mega-process that pursues it"
  }
}
