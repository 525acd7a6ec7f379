/// Builds the small, complete example models of the rule catalogue from one clean template, so
/// that each rule's violating example differs from its fixed example only where the rule looks.
///
/// Every part defaults to the clean template; the defaults check clean against the integrity and
/// completeness rules.
enum ExampleModel {
  static let organisation = """
    organisation clinic "Hillside Clinic" {
      purpose "Safe, timely primary care planned with patients"
      goal timely "Timely care"
    }
    """

  static let declarations = """
    client patients "Patients and families" { kind external }

    role nurse "Practice nurse" { kind clinician }
    role patient "Patient" { kind patient }
    """

  static let megaprocessProperties = """
      client patients
      goals timely
    """

  static let processProperties = """
        kind main
        owner nurse
        purpose "See the most urgent patients first"
        input request "Request for care" from patients
        output priority "Agreed priority" to patients
    """

  static let nodes = """
        start received "Request received"
        step assess "Assess urgency" by nurse
        end done "Triaged"
    """

  static let flows = """
        received -> assess -> done
    """

  static let measure = """
        measure triaged_on_time "Requests triaged within one working day" {
          type outcome
          unit percent
          target >= 90
          warning >= 80
          frequency monthly
          source "Triage log"
          owner nurse
          patient_defined yes
        }
    """

  /// A second main process (by default `urgent_care`), nested in a mega-process; `input` is its input
  /// line(s), each indented by four spaces and ending in a newline.
  static func urgentCare(id: String = "urgent_care", title: String = "Urgent care", input: String) -> String {
    """
      process \(id) "\(title)" {
        kind main
        owner nurse
        purpose "Treat urgent patients the same day"
    \(input)    output treated "Patient treated" to patients

        start arrived "Urgent patient arrives"
        step treat "Treat" by nurse
        end done "Treated"

        arrived -> treat -> done

        measure seen_same_day "Urgent patients seen the same day" {
          type process
          unit percent
          target >= 95
          frequency monthly
          source "Appointment log"
          owner nurse
        }
      }
    """
  }

  /// Text nested one level (two spaces) deeper moved to top level.
  static func topLevel(_ text: String) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { $0.hasPrefix("  ") ? String($0.dropFirst(2)) : String($0) }
      .joined(separator: "\n")
  }

  /// The whole model: organisation, clients and roles, the `care` mega-process holding the
  /// `triage` process (its properties, nodes, flows and measure), then `extra` at top level.
  static func make(
    organisation: String = ExampleModel.organisation,
    declarations: String = ExampleModel.declarations,
    megaprocessProperties: String = ExampleModel.megaprocessProperties,
    processProperties: String = ExampleModel.processProperties,
    nodes: String = ExampleModel.nodes,
    flows: String = ExampleModel.flows,
    measure: String = ExampleModel.measure,
    otherProcesses: String = "",
    extra: String = ""
  ) -> String {
    var text = organisation + "\n\n" + declarations + "\n\n"
    text += "megaprocess care \"Care\" {\n" + megaprocessProperties + "\n\n"
    text += "  process triage \"Triage\" {\n" + processProperties + "\n\n"
    text += nodes + "\n\n" + flows + "\n"
    if !measure.isEmpty { text += "\n" + measure + "\n" }
    text += "  }\n"
    if !otherProcesses.isEmpty { text += "\n" + otherProcesses + "\n" }
    text += "}\n"
    if !extra.isEmpty { text += "\n" + extra + "\n" }
    return text
  }
}
