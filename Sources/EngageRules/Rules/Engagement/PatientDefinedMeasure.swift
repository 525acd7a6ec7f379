import EngageLanguage
import EngageModel

/// EM0312: each mega-process has at least one measure developed with patients and families.
struct PatientDefinedMeasure: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0312",
    name: "patient-defined-measure",
    defaultSeverity: .info,
    title: "Each mega-process has at least one patient_defined measure",
    explanation: """
      What an organisation measures is what it manages. Measures chosen only by staff track what \
      matters to staff; patients and families often judge quality by other things (being listened \
      to, being told the truth, getting back to what they value). A measure developed with them, \
      of structure, process or outcome, keeps each mega-process honest about the value its \
      clients receive.

      Semantics: the measures of a mega-process are those declared in it and in its processes. At \
      least one of them says `patient_defined yes`. The finding points at the mega-process's id.
      """,
    source: """
      Canadian Patient Safety Institute, Engaging Patients in Patient Safety – a Canadian Guide \
      (2017, revised 2019): help develop goals and indicators that matter to patients and \
      families; Donabedian A., Evaluating the quality of medical care, Milbank Memorial Fund \
      Quarterly 44(3):166–206 (1966): structure, process and outcome measures.
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
          step acknowledge "Acknowledge the concern" by nurse
          step close "Tell the patient what was done" by nurse, patient
          end closed "Loop closed"

          raised -> acknowledge -> close -> closed

          measure acknowledged "Days to acknowledge a concern" {
            type process
            unit days
            target <= 2
            frequency monthly
            source "Concern log"
            owner nurse
          }
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

        process concerns "Concern and safety reporting" {
          kind main
          owner nurse
          purpose "Let patients raise safety concerns and close the loop with them"
          tags concern_reporting

          start raised "Concern raised"
          step acknowledge "Acknowledge the concern" by nurse
          step close "Tell the patient what was done" by nurse, patient
          end closed "Loop closed"

          raised -> acknowledge -> close -> closed

          measure acknowledged "Days to acknowledge a concern" {
            type process
            unit days
            target <= 2
            frequency monthly
            source "Concern log"
            owner nurse
          }

          measure heard "Patients who felt their concern was taken seriously" {
            type outcome
            unit percent
            target >= 90
            frequency quarterly
            source "Follow-up call"
            owner nurse
            patient_defined yes
          }
        }
      }

      """
  )

  func check(_ context: RuleContext) -> [Finding] {
    let megaprocesses = context.graph.megaprocesses
    let processes = context.graph.processes
    let measures = context.graph.measures
    func patientDefined(_ measureIDs: [String]) -> Bool {
      measureIDs.contains { id in context.index.measures[id].map { measures[$0].patientDefined } ?? false }
    }
    var findings: [Finding] = []
    for position in megaprocesses.indices {
      guard !patientDefined(megaprocesses[position].measures) else { continue }
      let hasPatientDefined = megaprocesses[position].processes.contains { processID in
        context.index.processes[processID].map { patientDefined(processes[$0].measures) } ?? false
      }
      guard !hasPatientDefined else { continue }
      findings.append(Finding(
        .noPatientDefinedMeasure(megaprocess: megaprocesses[position].id),
        at: megaprocesses[position].syntax.id.range
      ))
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func noPatientDefinedMeasure(megaprocess: String) -> Finding.Message {
    "no measure of mega-process '\(megaprocess)' or its processes was developed with patients and families; mark one 'patient_defined yes' once it has been (or develop one with them)"
  }
}
