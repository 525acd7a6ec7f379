import EngageLanguage
import EngageModel

/// EM0304: the declared engagement level is supported by who makes the decisions on the map.
struct EngagementLevelSupported: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0304",
    name: "engagement-level-supported",
    defaultSeverity: .warning,
    title: "The declared engagement level is supported by the map: at collaborate a patient-side role shares a decision, at empower the final decision is theirs",
    explanation: """
      An engagement level is a promise about who decides. At `collaborate` the organisation \
      partners with patients in each aspect of the decision; at `empower` it implements what they \
      decide. A process that claims either level while every decision on its map is taken by \
      staff overstates its engagement, and its reports and engagement matrix mislead. A decision \
      reached together need not be a branch: when a clinician and a patient agree the plan, the \
      agreement is a step in which both take part, not a yes/no gateway, and the map should not \
      have to invent one.

      Semantics: patient-side roles are those of `kind patient`, `family` or `patient_partner`. \
      At `collaborate` the process shares a decision with the patient side when a decision of \
      the process has a patient-side performer, or when a step (or decision) has a patient-side \
      performer and declares `engagement collaborate` or `empower` itself: the step in which the \
      decision is made together (`step agree "Agree the care plan" by gp, patient { engagement \
      collaborate }`). At `empower` every final decision (the last decision before an end event \
      or a hand-over to another process, on any path) is performed by patient-side roles only; \
      a decision shared with staff (`by gp, patient`) is collaboration.

      Fires at `collaborate` when no decision has a patient-side performer and no step with a \
      patient-side performer declares `collaborate` or above (reported at the process's \
      `engagement` value); at `empower` when the process has no final decision (reported at its \
      `engagement` value) and at each final decision taken by someone else (reported at its \
      `by`). Does not fire below `collaborate`, nor for a step's own level on a process that \
      declares none.
      """,
    source: """
      IAP2 Spectrum of Public Participation (International Association for Public \
      Participation): collaborate, "partner with the public in each aspect of the decision"; \
      empower, "place final decision making in the hands of the public", "we will implement what \
      you decide". Carman KL et al., Patient and family engagement: a framework for understanding \
      the elements and developing interventions and policies, Health Affairs 32(2):223–231 \
      (2013): the continuum from consultation through involvement to partnership and shared \
      leadership.
      """,
    violatingExample: """
      organisation riverside "Riverside Primary Care Centre" {
        purpose "Safe, people-centred primary care co-produced with patients"
        goal partnership "Partnership at the point of care"
      }

      client patients "Patients and families" { kind external }

      role patient "Patient" { kind patient }
      role gp "General practitioner" { kind clinician }

      megaprocess care "Care partnership" {
        client patients
        goals partnership
        level direct_care

        process planning "Shared care planning" {
          kind main
          owner gp
          purpose "Agree a care plan that reflects what matters to the patient"
          engagement collaborate

          start booked "Visit booked"
          step goals "Elicit goals and preferences" by gp, patient
          decision agreed "Plan agreed?" by gp
          step share "Share the plan and how the patient's goals shaped it" by gp { tags feedback }
          end done "Plan in place"

          booked -> goals -> agreed
          agreed -> share when "yes"
          agreed -> goals when "no"
          share -> done
        }
      }

      """,
    fixedExample: """
      organisation riverside "Riverside Primary Care Centre" {
        purpose "Safe, people-centred primary care co-produced with patients"
        goal partnership "Partnership at the point of care"
      }

      client patients "Patients and families" { kind external }

      role patient "Patient" { kind patient }
      role gp "General practitioner" { kind clinician }

      megaprocess care "Care partnership" {
        client patients
        goals partnership
        level direct_care

        process planning "Shared care planning" {
          kind main
          owner gp
          purpose "Agree a care plan that reflects what matters to the patient"
          engagement collaborate

          start booked "Visit booked"
          step goals "Elicit goals and preferences" by gp, patient
          decision agreed "Plan agreed?" by gp, patient
          step share "Share the plan and how the patient's goals shaped it" by gp { tags feedback }
          end done "Plan in place"

          booked -> goals -> agreed
          agreed -> share when "yes"
          agreed -> goals when "no"
          share -> done
        }
      }

      """
  )

  func check(_ context: RuleContext) -> [Finding] {
    let processes = context.graph.processes
    var findings: [Finding] = []
    for position in processes.indices {
      guard let level = processes[position].engagement, level >= .collaborate else { continue }
      let process = processes[position]
      let nodes = process.nodes
      let levelRange = process.syntax.engagement?.value.range ?? process.idRange
      if level == .collaborate {
        let patientDecides = nodes.indices.contains { node in
          (nodes[node].kind == .decision || (nodes[node].engagement ?? .inform) >= .collaborate)
            && nodes[node].performers.contains { context.isPatientSide($0.role) }
        }
        if !patientDecides {
          findings.append(Finding(.noPatientDecision(process: process.id), at: levelRange))
        }
        continue
      }
      let finals = context.maps[position].finalDecisions(nodes)
      if finals.isEmpty {
        findings.append(Finding(.noFinalDecision(process: process.id), at: levelRange))
        continue
      }
      let levelNote = DiagnosticNote("the process declares engagement \(level.rawValue) here", at: levelRange)
      for final in finals {
        let performers = nodes[final].performers
        let theirs = !performers.isEmpty && performers.allSatisfy { context.isPatientSide($0.role) }
        guard !theirs else { continue }
        let others = performers.map(\.role).filter { !context.isPatientSide($0) }
        let who = others.isEmpty ? "nobody" : others.map { "'\($0)'" }.joined(separator: ", ")
        findings.append(Finding(
          .finalDecisionNotTheirs(nodes[final].id, process: process.id, takenBy: who),
          at: nodes[final].syntax.byRange ?? nodes[final].idRange,
          notes: [levelNote]
        ))
      }
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func noPatientDecision(process: String) -> Finding.Message {
    "process '\(process)' declares engagement collaborate but no patient, family or patient partner shares any of its decisions; add a patient-side role to a decision's 'by' list, or mark the step where the decision is agreed together with `engagement collaborate` (`step agree \"Agree the plan\" by gp, patient { engagement collaborate }`), or lower the level"
  }

  fileprivate static func noFinalDecision(process: String) -> Finding.Message {
    "process '\(process)' declares engagement empower but has no final decision for the patient side to make; add a decision performed by the patient, family or patient partners before the end, or lower the level"
  }

  fileprivate static func finalDecisionNotTheirs(_ decision: String, process: String, takenBy who: String) -> Finding.Message {
    "'\(decision)' is a final decision of empower process '\(process)' but is taken by \(who); at empower the patient, family or patient partners make the final decision alone (or lower the level to collaborate)"
  }
}
