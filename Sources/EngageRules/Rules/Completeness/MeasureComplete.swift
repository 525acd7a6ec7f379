import EngageLanguage
import EngageModel

/// EM0208: every measure has a unit, a target, a frequency, a data source and an owner.
struct MeasureComplete: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0208",
    name: "measure-complete",
    defaultSeverity: .error,
    title: "Every measure has a unit, a target, a frequency, a data source and an owner",
    explanation: """
      A measure is only usable when it can be taken and judged: a unit to read the value in, a \
      target to judge it against, a frequency that says how often it is due (and when it has \
      gone stale), a data source that says where the value comes from, and an owner who collects \
      and answers for it. Missing any of these, the measure cannot be evaluated against data.
      """,
    source: CompletenessSources.processApproach("step 4: process measures are indicators with a unit, target, frequency, data source and owner"),
    violatingExample: ExampleModel.make(
      measure: """
            measure triaged_on_time "Requests triaged within one working day" {
              type outcome
              unit percent
              target >= 90
            }
        """),
    fixedExample: ExampleModel.make()
  )

  func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    let measures = context.graph.measures
    for m in measures.indices {
      var missing: [(name: String, example: String)] = []
      if measures[m].unit == nil { missing.append(("unit", "unit percent")) }
      if measures[m].target == nil { missing.append(("target", "target >= 90")) }
      if measures[m].frequency == nil { missing.append(("frequency", "frequency monthly")) }
      if measures[m].source == nil { missing.append(("source", "source \"<where the data comes from>\"")) }
      if measures[m].owner == nil { missing.append(("owner", "owner <role>")) }
      if !missing.isEmpty {
        findings.append(Finding(.incomplete(measures[m].id, missing: missing), at: measures[m].syntax.id.range))
      }
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func incomplete(_ measure: String, missing: [(name: String, example: String)]) -> Finding.Message {
    let names = missing.map(\.name)
    let listed = names.count == 1
      ? names[0] : names.dropLast().joined(separator: ", ") + " and " + (names.last ?? "")
    let examples = missing.map { "`\($0.example)`" }.joined(separator: ", ")
    return "measure '\(measure)' has no \(listed); add \(examples)"
  }
}
