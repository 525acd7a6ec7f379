import EngageLanguage
import EngageModel

/// The small model the view tests and goldens render: two mega-processes, a top-level support
/// process, a decision, a hand-over, an unmet input, a relation with a measure.
enum ViewFixtures {
  static let smallModel = #"""
organisation clinic "Small Clinic" {
  purpose "Care planned with patients"
  goal partnership "Partnership in care"
  goal learning "Learning from harm"
}

client patients "Patients and families" { kind external }

role patient "Patient" { kind patient }
role partner "Patient partner" { kind patient_partner }
role gp "General practitioner" { kind clinician }
role lead "Quality lead" { kind staff }

megaprocess care "Care" {
  client patients
  goals partnership
  level direct_care

  process planning "Care planning" {
    kind main
    owner gp
    purpose "Agree a plan with the patient"
    engagement involve
    input visit "Booked visit" from patients
    input history "Previous records"
    output plan "Care plan" to patients

    start booked "Visit booked"
    step prepare "Prepare questions" by patient
    step goals "Agree goals" by gp, patient {
      engagement collaborate
      duration 30 minutes
    }
    decision agreed "Plan agreed?" by gp, patient
    step record "Record plan" by gp
    end done "Plan in place"

    booked -> prepare -> goals -> agreed
    agreed -> record when "yes"
    agreed -> goals when "no"
    record -> review
    record -> done

    measure plans_with_goals "Plans with patient goals" {
      type process
      unit percent
      target >= 80
      warning >= 70
      frequency monthly
      source "Audit"
      owner gp
      patient_defined yes
    }
  }
}

megaprocess safety "Safety" {
  client patients
  goals learning
  level organisation

  process review "Plan review with partners" {
    kind management
    owner lead
    purpose "Learn from care plans with patient partners"
    engagement collaborate
    tags evaluation
    input plans "Care plans" from planning.plan
    output findings "Findings" to patients

    start due "Review due"
    step meet "Review with partners" by lead, partner x2 { tags committee }
    end reviewed "Reviewed"
    due -> meet -> reviewed

    measure reviews_held "Reviews held on time" {
      type structure
      unit count
      target >= 4
      frequency quarterly
      source "Minutes"
      owner lead
    }
  }
}

process recruitment "Partner recruitment" {
  kind support
  owner lead
  purpose "Bring patient partners in"
  engagement involve
  tags recruitment
  output partners "Oriented partners" to patients
  start need "Need for partners"
  step recruit "Recruit partners" by lead, partner
  end recruited "Recruited"
  need -> recruit -> recruited
}

relation plan_sharing "Plan sharing" {
  supplier planning.plan
  client review
  product "Care plans with goals"
  requirement "Shared monthly"
  measure plans_shared "Plans shared on time" {
    type process
    unit percent
    target >= 95
    frequency monthly
    source "Inbox audit"
    owner lead
  }
}
"""#

  /// Loads model text as one file; fails the test when it does not resolve.
  static func graph(_ text: String, path: String = "small.engage") throws -> ProcessGraph {
    let file = SourceFile(path: path, bytes: Array(text.utf8))
    let result = ModelLoader.load(files: [file], root: "/")
    guard let graph = result.graph else {
      throw FixtureError(message: result.diagnostics.map(\.message).joined(separator: "\n"))
    }
    return graph
  }

  static func small() throws -> ProcessGraph { try graph(smallModel) }
}

struct FixtureError: Error, CustomStringConvertible {
  let message: String
  var description: String { message }
}
