import EngageLanguage

/// The starter model `engagemap init` writes: one file that walks through the five steps of the
/// process approach in order (purpose, mega-processes by client, a reference process,
/// measures, a relation), each explained by a comment, and six months of data for its
/// measures. It checks without errors or warnings (`--strict`), renders every view, and is
/// already formatted.
public enum StarterModel {
  /// The organisation's name when none is given.
  public static let defaultName = "Our Health Centre"
  /// The model file, relative to the model's directory.
  public static let modelFile = "model.engage"
  /// The measure data, relative to the model's directory.
  public static let dataFile = "data/measures.csv"

  /// The files of the starter model for an organisation called `name`.
  public static func files(name: String) -> [OutputFile] {
    [OutputFile(path: modelFile, text: model(name: name)), OutputFile(path: dataFile, text: measureData)]
  }

  /// The organisation's id: a valid id derived from its name (`Clinique Sainte-Anne` →
  /// `clinique_sainte_anne`), `our_organisation` when the name has no letter or digit, and
  /// with `_organisation` added when it would be an id the starter already uses.
  public static func organisationID(for name: String) -> String {
    let derived = IdentifierSuggestion.identifier(from: name) ?? "our_organisation"
    return otherIDs.contains(derived) ? derived + "_organisation" : derived
  }

  /// The ids the starter declares besides the organisation's.
  static let otherIDs: Set<String> = [
    "partnership", "learning", "patients", "care_team", "patient", "family", "partner", "gp", "nurse",
    "coordinator", "care", "care_planning", "plans_with_goals", "involved_in_decisions", "improvement",
    "engagement_review", "reviews_with_partners", "team_acts_on_reviews", "review_to_care", "actions_acted_on",
  ]

  static func model(name: String) -> String {
    let id = organisationID(for: name)
    let title = StringLiteralText.quoted(name)
    let commentName = String(name.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    return """
      # \(commentName): a starter EngageMap model.
      #
      # This file walks through the five steps of the process approach, in order. Replace the words
      # with your organisation's own, then see what EngageMap makes of them:
      #
      #   engagemap check .                                 what is missing or does not fit together
      #   engagemap render .                                the process maps, in Diagrams/
      #   engagemap measures . --data data/measures.csv     how the measures are doing
      #   engagemap fmt .                                   tidy the layout of the files
      #
      # The EngageMap language reference (docs/LANGUAGE.md) describes every statement used here.

      # Step 1: purpose. Why does the organisation exist, and what does it want to achieve with
      # patients and families? Write the purpose, then the few goals it breaks into. Every
      # mega-process below says which goals it serves.
      organisation \(id) \(title) {
        purpose "Safe, people-centred care planned with patients and families"
        goal partnership "Patients and families are partners in their own care"
        goal learning "We learn with patients how to involve them better"
        # Engagement in municipal or national policy is left out of this starter for now.
        out_of_scope policy
      }

      # Step 2: mega-processes by client. Who receives the value the organisation creates? Name each
      # kind of client, then group the work done for each of them into a mega-process. A client
      # inside the organisation (internal) is served by support processes.
      client patients "Patients and families" { kind external }
      client care_team "Care team" { kind internal }

      # The people who take part. Each role is a lane on the process maps.
      role patient "Patient" { kind patient }
      role family "Family member or carer" { kind family }
      role partner "Patient partner" {
        kind patient_partner
        description "A patient or family member who works with the team on how care is organised"
      }
      role gp "General practitioner" { kind clinician }
      role nurse "Practice nurse" { kind clinician }
      role coordinator "Engagement coordinator" { kind facilitator }

      megaprocess care "Care partnership" {
        client patients
        goals partnership
        level direct_care

        # Step 3: a reference process. Draw one process as a map: who owns it, why it exists, what
        # it takes in and what it delivers, its steps (who does each one, and how much patients take
        # part), and the flow from the first step to the last. A decision has one exit per answer.
        process care_planning "Shared care planning" {
          kind main
          owner gp
          purpose "Agree a care plan that reflects what matters to the patient"
          engagement collaborate
          input visit "Booked planning visit" from patients
          input actions "Actions from the engagement review" from engagement_review.review
          output plan "Care plan with the patient's own goals" to patients

          start booked "Planning visit booked"
          step prepare "Prepare questions and priorities" by patient, family
          step goals "Agree goals and preferences" by gp, patient {
            engagement collaborate
            duration 30 minutes
          }
          decision agreed "Plan agreed with the patient?" by gp, patient
          step record "Record the plan in the patient's words" by nurse, patient
          step show "Show the patient where each of their goals is in the plan" by nurse, patient {
            tags feedback
          }
          step concerns "Tell the patient how to raise a concern about their care" by nurse, patient {
            tags concern_reporting
          }
          end planned "Plan in place"

          booked -> prepare -> goals -> agreed
          agreed -> record when "yes"
          agreed -> goals when "not yet"
          record -> show -> concerns -> planned

          # Step 4: measures. How will you know the process works? Give each measure a unit, a
          # target, how often it is taken, where the data comes from and who collects it. Say when
          # patients helped to design it (patient_defined yes). Its values go in data/measures.csv.
          measure plans_with_goals "Care plans with the patient's own goals" {
            type process
            unit percent
            target >= 80
            warning >= 70
            frequency monthly
            source "Care plan audit"
            owner nurse
            patient_defined yes
          }
        }

        measure involved_in_decisions "Patients involved in decisions as much as they wanted" {
          type outcome
          unit percent
          target >= 75
          warning >= 65
          frequency monthly
          source "Patient experience survey"
          owner coordinator
          patient_defined yes
        }
      }

      # Step 5: a relation. Processes serve each other as suppliers and clients. Here the care team
      # is the client of a second mega-process, where a support process reviews engagement with
      # patient partners and hands its actions to care planning. The relation says what is
      # delivered, what care planning requires of it, and how care planning judges it.
      megaprocess improvement "Learning with patients" {
        client care_team
        goals learning
        level organisation

        process engagement_review "Engagement review" {
          kind support
          owner coordinator
          purpose "Review with patient partners how well patients take part in their care, and agree what to change"
          engagement collaborate
          tags evaluation, partner_support
          input results "Survey results and patients' comments" from patients
          output review "Engagement review with agreed actions" to care_team

          start due "Quarter ends"
          step brief "Brief the patient partners and pay their expenses" by coordinator, partner x2 {
            tags partner_support
          }
          step discuss "Discuss the results together" by coordinator, partner x2, gp {
            engagement collaborate
            duration 2 hours
          }
          decision agree "Partners and team agree the actions?" by coordinator, partner x2, gp
          step report_back "Tell patients and partners what will change" by coordinator, partner x2 {
            tags feedback
          }
          end actions_agreed "Actions agreed"

          due -> brief -> discuss -> agree
          agree -> report_back when "yes"
          agree -> discuss when "not yet"
          report_back -> actions_agreed

          measure reviews_with_partners "Reviews held with at least two patient partners" {
            type process
            unit percent
            target = 100
            frequency quarterly
            source "Review minutes"
            owner coordinator
            patient_defined yes
          }
        }

        measure team_acts_on_reviews "Care team members who changed something after a review" {
          type outcome
          unit percent
          target >= 60
          frequency quarterly
          source "Care team survey"
          owner coordinator
        }
      }

      relation review_to_care "Engagement review for care planning" {
        supplier engagement_review.review
        client care_planning
        product "Engagement review with agreed actions"
        requirement "Actions written so that the care team can act on them within a month"
        measure actions_acted_on "Review actions the care team acted on within a month" {
          type process
          unit percent
          target >= 80
          frequency quarterly
          source "Action log"
          owner gp
        }
      }

      """
  }

  static let measureData = """
    measure,period,value,note
    plans_with_goals,2026-01,64,first audit
    plans_with_goals,2026-02,71,
    plans_with_goals,2026-03,76,
    plans_with_goals,2026-04,79,
    plans_with_goals,2026-05,82,
    plans_with_goals,2026-06,85,
    involved_in_decisions,2026-01,70,
    involved_in_decisions,2026-02,72,
    involved_in_decisions,2026-03,74,
    involved_in_decisions,2026-04,76,
    involved_in_decisions,2026-05,77,
    involved_in_decisions,2026-06,79,
    reviews_with_partners,2026-Q1,100,
    reviews_with_partners,2026-Q2,100,
    team_acts_on_reviews,2026-Q1,55,
    team_acts_on_reviews,2026-Q2,63,
    actions_acted_on,2026-Q1,75,
    actions_acted_on,2026-Q2,86,

    """
}
