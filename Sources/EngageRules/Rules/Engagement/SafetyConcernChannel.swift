import EngageLanguage
import EngageModel

/// EM0307: a direct-care mega-process offers patients a channel to raise safety concerns.
struct SafetyConcernChannel: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0307",
    name: "safety-concern-channel",
    defaultSeverity: .warning,
    title: "A direct_care mega-process offers a channel for patients to raise safety concerns",
    explanation: """
      Patients and families notice errors, omissions and deteriorations that staff miss, but only \
      speak up when they know how and trust that they will be heard. Care delivered without a \
      clear route for raising a concern, and for hearing back about it, loses that early warning.

      Semantics: the rule applies to each mega-process with `level direct_care`. One of its \
      processes is tagged `concern_reporting`, or one of their steps, decisions or events is. The \
      finding points at the mega-process's id, with a note at its level.
      """,
    source: """
      World Health Organization, Patient engagement: Technical Series on Safer Primary Care \
      (2016): enable patients and families to report safety concerns and incidents; Patient \
      Safety Learning, The Patient-Safe Future: A Blueprint for Action (2019): patients engaged in \
      safety, including raising concerns.
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

        process medicines "Safe medicine list" {
          kind main
          owner nurse
          purpose "Keep an accurate medicine list reconciled with the patient"

          start visit "Visit begins"
          step reconcile "Reconcile the medicine list with the patient" by nurse, patient
          end done "List reconciled"

          visit -> reconcile -> done
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
      role nurse "Practice nurse" { kind clinician }

      megaprocess care "Care partnership" {
        client patients
        goals partnership
        level direct_care

        process medicines "Safe medicine list" {
          kind main
          owner nurse
          purpose "Keep an accurate medicine list reconciled with the patient"

          start visit "Visit begins"
          step reconcile "Reconcile the medicine list with the patient" by nurse, patient
          end done "List reconciled"

          visit -> reconcile -> done
        }

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
    let megaprocesses = context.graph.megaprocesses
    var findings: [Finding] = []
    for position in megaprocesses.indices where megaprocesses[position].level == .direct_care {
      let offersChannel = megaprocesses[position].processes.contains { processID in
        guard let processPosition = context.index.processes[processID] else { return false }
        return context.hasTagOnProcessOrNode(.concern_reporting, processAt: processPosition)
      }
      guard !offersChannel else { continue }
      let syntax = megaprocesses[position].syntax
      var notes: [DiagnosticNote] = []
      if let level = syntax.level {
        notes.append(DiagnosticNote("the mega-process is at direct_care level", at: level.range))
      }
      findings.append(Finding(
        .noConcernChannel(megaprocess: megaprocesses[position].id), at: syntax.id.range, notes: notes))
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func noConcernChannel(megaprocess: String) -> Finding.Message {
    "direct-care mega-process '\(megaprocess)' offers patients no channel to raise safety concerns; add a process (or a step) tagged 'concern_reporting'"
  }
}
