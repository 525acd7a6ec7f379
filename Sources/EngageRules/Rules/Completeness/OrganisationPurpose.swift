import EngageLanguage
import EngageModel

/// EM0201: the organisation states its purpose and at least one goal.
struct OrganisationPurpose: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0201",
    name: "organisation-purpose",
    defaultSeverity: .error,
    title: "The organisation states its purpose and at least one goal",
    explanation: """
      The process approach starts by determining what the organisation is for: the value it \
      delivers, broken into goals. Every mega-process and every measure traces back to those \
      goals; without them nobody can say whether a process is worth running, and the measures \
      view has no roots to roll results up to.
      """,
    source: CompletenessSources.processApproach("step 1: determine the organisation's purpose and break it into goals"),
    violatingExample: ExampleModel.make(
      organisation: """
        organisation clinic "Hillside Clinic" {
          goal timely "Timely care"
        }
        """),
    fixedExample: ExampleModel.make()
  )

  func check(_ context: RuleContext) -> [Finding] {
    guard let organisation = context.graph.organisation else {
      let place = context.graph.files.first.map { SourceRange(file: $0, start: 0, end: 0) }
      return [Finding(.noOrganisation, at: place)]
    }
    var findings: [Finding] = []
    if organisation.purpose == nil {
      findings.append(Finding(.noPurpose(organisation.id), at: organisation.syntax.id.range))
    }
    if context.graph.goals.isEmpty {
      findings.append(Finding(.noGoal(organisation.id), at: organisation.syntax.id.range))
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static let noOrganisation: Finding.Message =
    "the model declares no organisation; add `organisation <id> \"<name>\" { purpose \"...\" goal <id> \"...\" }`"

  fileprivate static func noPurpose(_ organisation: String) -> Finding.Message {
    "organisation '\(organisation)' states no purpose; add `purpose \"<the value it delivers>\"` to its block"
  }

  fileprivate static func noGoal(_ organisation: String) -> Finding.Message {
    "organisation '\(organisation)' has no goal; add at least one `goal <id> \"<title>\"` to its block"
  }
}
