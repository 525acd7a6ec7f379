import EngageLanguage
import EngageModel

/// EM0308: the model covers the three levels of engagement or says which it leaves out.
struct EngagementLevelsCovered: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0308",
    name: "engagement-levels-covered",
    defaultSeverity: .info,
    title: "The model covers the three levels of engagement (direct_care, organisation, policy) or says which it leaves out of scope",
    explanation: """
      Patients and families can engage in their own care, in the design and governance of the \
      organisation, and in policy. An organisation that engages only at the point of care, or \
      only on committees, misses what the other levels offer; a model that is silent about a \
      level leaves readers unsure whether it was forgotten or deliberately excluded.

      Semantics: a level is covered when some mega-process declares it (`level direct_care`, \
      `level organisation`, `level policy`) or the organisation lists it under `out_of_scope`. \
      Top-level processes do not cover a level. One finding lists every uncovered level, at the \
      organisation's id (or at the first mega-process when there is no organisation).
      """,
    source: """
      Carman KL et al., Patient and family engagement: a framework for understanding the elements \
      and developing interventions and policies, Health Affairs 32(2):223–231 (2013): engagement \
      at three levels, direct care, organisational design and governance, and policy making.
      """,
    violatingExample: """
      organisation riverside "Riverside Primary Care Centre" {
        purpose "Safe, people-centred primary care co-produced with patients"
        goal partnership "Partnership at the point of care"
      }

      client patients "Patients and families" { kind external }

      role patient "Patient" { kind patient }
      role nurse "Practice nurse" { kind clinician }

      megaprocess care "Care partnership" {
        client patients
        goals partnership
        level direct_care

        process concerns "Concern and safety reporting" {
          kind main
          owner nurse
          purpose "Let patients raise safety concerns and close the loop with them"
          tags concern_reporting

          start raised "Concern raised"
          step acknowledge "Acknowledge within 2 days" by nurse
          step close "Tell the patient what was done" by nurse, patient
          end closed "Loop closed"

          raised -> acknowledge -> close -> closed
        }
      }

      """,
    fixedExample: """
      organisation riverside "Riverside Primary Care Centre" {
        purpose "Safe, people-centred primary care co-produced with patients"
        goal partnership "Partnership at the point of care"
        out_of_scope organisation, policy
      }

      client patients "Patients and families" { kind external }

      role patient "Patient" { kind patient }
      role nurse "Practice nurse" { kind clinician }

      megaprocess care "Care partnership" {
        client patients
        goals partnership
        level direct_care

        process concerns "Concern and safety reporting" {
          kind main
          owner nurse
          purpose "Let patients raise safety concerns and close the loop with them"
          tags concern_reporting

          start raised "Concern raised"
          step acknowledge "Acknowledge within 2 days" by nurse
          step close "Tell the patient what was done" by nurse, patient
          end closed "Loop closed"

          raised -> acknowledge -> close -> closed
        }
      }

      """
  )

  func check(_ context: RuleContext) -> [Finding] {
    var covered = Set(context.graph.megaprocesses.compactMap(\.level))
    covered.formUnion(context.graph.organisation?.outOfScope ?? [])
    let missing = OrganisationLevel.allCases.filter { !covered.contains($0) }
    guard !missing.isEmpty else { return [] }
    return [Finding(.levelsNotCovered(missing), at: context.modelWideRange)]
  }
}

extension Finding.Message {
  fileprivate static func levelsNotCovered(_ missing: [OrganisationLevel]) -> Finding.Message {
    let names = missing.map { "'\($0.rawValue)'" }.joined(separator: ", ")
    return "no mega-process works at engagement level\(missing.count == 1 ? "" : "s") \(names); add a mega-process with that level or list it under the organisation's 'out_of_scope'"
  }
}
