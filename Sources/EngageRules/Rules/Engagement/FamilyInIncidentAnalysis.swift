import EngageLanguage
import EngageModel

/// EM0305: an incident process involves the patient or family.
struct FamilyInIncidentAnalysis: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0305",
    name: "family-in-incident-analysis",
    defaultSeverity: .warning,
    title: "An incident process involves the patient or family in the analysis",
    explanation: """
      The patient and family were there when the harm happened and often saw what staff did not. \
      An analysis that never hears them misses facts, and a family left out of the analysis is \
      less likely to trust its findings. Inviting their account and letting them review the \
      recommendations is part of learning from the incident.

      Semantics: the rule applies to a process tagged `incident`. At least one of its steps or \
      decisions has a performer of `kind patient` or `kind family` (a patient partner is not the \
      harmed patient and does not count). The finding points at the process's `incident` tag.
      """,
    source: """
      Canadian Patient Safety Institute, Engaging Patients in Patient Safety – a Canadian Guide \
      (2017, revised 2019): patients and families ask how they can be involved in the incident \
      analysis; Canadian Patient Safety Institute et al., Canadian Incident Analysis Framework \
      (2012): involve the patient and family in the analysis and share its findings with them.
      """,
    violatingExample: """
      organisation riverside "Riverside Primary Care Centre" {
        purpose "Safe, people-centred primary care co-produced with patients"
        goal openness "Openness after harm"
      }

      client harmed "Harmed patients and families" { kind external }

      role family "Family member or carer" { kind family }
      role gp "General practitioner" { kind clinician }
      role lead "Patient safety lead" { kind manager }

      megaprocess after_harm "Openness after harm" {
        client harmed
        goals openness
        level direct_care

        process analysis "Incident analysis" {
          kind main
          owner lead
          purpose "Understand what happened and prevent it happening again"
          tags incident

          start reported "Harm incident reported"
          step disclose "Initial disclosure to the family" by gp { tags disclosure }
          step analyse "Analyse the incident" by lead, gp { tags incident }
          step share "Share the findings and actions" by gp { tags disclosure }
          end closed "Analysis closed"

          reported -> disclose -> analyse -> share -> closed
        }
      }

      """,
    fixedExample: """
      organisation riverside "Riverside Primary Care Centre" {
        purpose "Safe, people-centred primary care co-produced with patients"
        goal openness "Openness after harm"
      }

      client harmed "Harmed patients and families" { kind external }

      role family "Family member or carer" { kind family }
      role gp "General practitioner" { kind clinician }
      role lead "Patient safety lead" { kind manager }

      megaprocess after_harm "Openness after harm" {
        client harmed
        goals openness
        level direct_care

        process analysis "Incident analysis" {
          kind main
          owner lead
          purpose "Understand what happened and prevent it happening again"
          tags incident

          start reported "Harm incident reported"
          step disclose "Initial disclosure to the family" by gp { tags disclosure }
          step account "Hear the family's account of events" by lead, family
          step analyse "Analyse the incident" by lead, gp { tags incident }
          step share "Share the findings and actions" by gp, family { tags disclosure }
          end closed "Analysis closed"

          reported -> disclose -> account -> analyse -> share -> closed
        }
      }

      """
  )

  func check(_ context: RuleContext) -> [Finding] {
    let processes = context.graph.processes
    var findings: [Finding] = []
    for position in processes.indices where processes[position].tags.contains(.incident) {
      let nodes = processes[position].nodes
      let involvesThem = nodes.indices.contains { node in
        (nodes[node].kind == .step || nodes[node].kind == .decision)
          && nodes[node].performers.contains { context.isPatientOrFamily($0.role) }
      }
      guard !involvesThem else { continue }
      findings.append(Finding(
        .familyNotInvolved(process: processes[position].id),
        at: processes[position].tagRange(.incident)
      ))
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func familyNotInvolved(process: String) -> Finding.Message {
    "incident process '\(process)' never involves the patient or family; add a step performed with a role of kind patient or family (for example inviting their account of events)"
  }
}
