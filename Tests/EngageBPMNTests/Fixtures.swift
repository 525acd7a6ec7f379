import EngageLanguage
import EngageModel
import Foundation

/// Models the BPMN tests export.
enum BPMNFixtures {
  /// Two processes: lanes for three roles (a patient's among them), a decision with labelled
  /// exits, a step with two exits (a hand-over among them), data input and output, a measure.
  static let smallModel = #"""
organisation clinic "Small Clinic" {
  purpose "Care planned with patients"
}

client patients "Patients" { kind external }

role patient "Patient" { kind patient }
role gp "General practitioner" { kind clinician }
role nurse "Practice nurse" { kind staff }

process planning "Care planning" {
  kind main
  owner gp
  purpose "Agree a plan with the patient"
  description "Annual planning visit"
  engagement involve
  input visit "Booked visit" from patients
  output plan "Care plan" to patients

  start booked "Visit booked"
  step prepare "Prepare questions" by patient
  step goals "Agree goals" by gp, patient {
    engagement collaborate
    duration 30 minutes
    tags feedback
    description "Goals in the patient's words"
  }
  decision agreed "Plan agreed?" by gp
  step record "Record the plan" by nurse
  end planned "Plan in place"

  booked -> prepare -> goals -> agreed
  agreed -> record when "yes"
  agreed -> goals when "not yet"
  record -> planned
  record -> follow_up

  measure with_goals "Plans with patient goals" {
    type process
    unit percent
    target >= 80
  }
}

process follow_up "Follow-up call" {
  owner nurse
  start due "Call due"
  step call "Call the patient" by nurse
  end done "Done"
  due -> call -> done
}
"""#

  static func graph(_ text: String) throws -> ProcessGraph {
    let result = ModelLoader.load(files: [SourceFile(path: "small.engage", bytes: Array(text.utf8))], root: "/")
    guard let graph = result.graph, !result.diagnostics.contains(where: { $0.severity == .error }) else {
      throw XMLTreeError(message: result.diagnostics.map(\.message).joined(separator: "\n"))
    }
    return graph
  }

  static func small() throws -> ProcessGraph { try graph(smallModel) }

  /// The repository's example model `name` (`Models/name`).
  static func example(_ name: String) throws -> ProcessGraph {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let result = ModelLoader.load(path: root.appendingPathComponent("Models/\(name)").path)
    guard let graph = result.graph else { throw XMLTreeError(message: "Models/\(name) does not resolve") }
    return graph
  }
}
