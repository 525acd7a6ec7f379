import EngageLanguage
import EngageModel

/// EM0207: every process has at least one measure.
struct ProcessHasMeasure: Rule {
  static let careOutcome = """
      client patients
      goals timely

      measure timely_care "Patients reporting timely care" {
        type outcome
        unit percent
        target >= 85
        frequency yearly
        source "Patient experience survey"
        owner nurse
      }
    """

  let descriptor = RuleDescriptor(
    code: "EM0207",
    name: "process-has-measure",
    defaultSeverity: .warning,
    title: "Every process has at least one measure",
    explanation: """
      Process measures are how the owner, the clients and the organisation know whether the \
      designed process works: an indicator with a unit, a target, a frequency, a data source and \
      an owner. A process with no measure can drift for years without anyone noticing, and its \
      internal clients have nothing to evaluate their supplier by.
      """,
    source: CompletenessSources.processApproach("step 4: develop process measures"),
    violatingExample: ExampleModel.make(megaprocessProperties: ProcessHasMeasure.careOutcome, measure: ""),
    fixedExample: ExampleModel.make(megaprocessProperties: ProcessHasMeasure.careOutcome)
  )

  func check(_ context: RuleContext) -> [Finding] {
    let processes = context.graph.processes
    return processes.indices.filter { processes[$0].measures.isEmpty }.map {
      Finding(.noMeasure(processes[$0].id), at: processes[$0].syntax.id.range)
    }
  }
}

extension Finding.Message {
  fileprivate static func noMeasure(_ process: String) -> Finding.Message {
    "process '\(process)' has no measure; add `measure <id> \"<title>\" { unit ... target ... frequency ... source ... owner ... }`"
  }
}
