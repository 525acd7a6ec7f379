import EngageLanguage
import EngageModel

/// EM0311: the model has an evaluation process that produces an engagement report.
struct EngagementEvaluationReport: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0311",
    name: "engagement-evaluation-report",
    defaultSeverity: .warning,
    title: "The model has an evaluation process that produces an engagement report",
    explanation: """
      Engagement that is never evaluated cannot show what it changed, and cannot be improved. \
      Evaluating it regularly, with the patient partners, and reporting the results to the \
      people the organisation answers to (a board, the municipality, the public) makes \
      engagement accountable and lets partners see the difference their work made.

      Semantics: some process is tagged `evaluation` and has an output that somebody receives: \
      an output delivered `to` a client, or one that another process takes as an input (`from \
      process.output`). That output is the engagement report. When no process is tagged \
      `evaluation` the finding points at the organisation's id; when evaluation processes exist \
      but none delivers an output, it points at the first one.
      """,
    source: """
      Canadian Patient Safety Institute, Engaging Patients in Patient Safety – a Canadian Guide \
      (2017, revised 2019), evaluation section: evaluate patient engagement and share what was \
      learned; Patient Safety Learning, The Patient-Safe Future: A Blueprint for Action (2019): \
      measure and report on patient engagement in safety.
      """,
    violatingExample: """
      organisation riverside "Riverside Primary Care Centre" {
        purpose "Safe, people-centred primary care co-produced with patients"
        goal accountability "Accountability to the community"
      }

      client public "Municipality, regulator and public" { kind external }

      role lead "Quality lead" { kind manager }
      role partner "Patient partner" { kind patient_partner }

      megaprocess reporting "Accountability" {
        client public
        goals accountability
        level policy

        process evaluation "Engagement evaluation" {
          kind management
          owner lead
          purpose "Evaluate patient engagement with the patient partners"

          start due "Evaluation due"
          step evaluate "Evaluate engagement activities" by lead, partner x2
          end done "Evaluation finished"

          due -> evaluate -> done
        }
      }

      """,
    fixedExample: """
      organisation riverside "Riverside Primary Care Centre" {
        purpose "Safe, people-centred primary care co-produced with patients"
        goal accountability "Accountability to the community"
      }

      client public "Municipality, regulator and public" { kind external }

      role lead "Quality lead" { kind manager }
      role partner "Patient partner" { kind patient_partner }

      megaprocess reporting "Accountability" {
        client public
        goals accountability
        level policy

        process evaluation "Engagement evaluation" {
          kind management
          owner lead
          purpose "Evaluate patient engagement with the patient partners"
          tags evaluation
          output report "Annual engagement report" to public

          start due "Evaluation due"
          step evaluate "Evaluate engagement activities" by lead, partner x2
          step publish "Publish the annual report" by lead
          end done "Report published"

          due -> evaluate -> publish -> done
        }
      }

      """
  )

  func check(_ context: RuleContext) -> [Finding] {
    let processes = context.graph.processes
    let evaluations = processes.indices.filter { processes[$0].tags.contains(.evaluation) }
    guard let firstEvaluation = evaluations.first else {
      return [Finding(.noEvaluation, at: context.modelWideRange)]
    }
    if evaluations.contains(where: { position in processes[position].outputs.contains { $0.client != nil } }) {
      return []
    }
    let evaluationIDs = Set(evaluations.map { processes[$0].id })
    for position in processes.indices {
      for input in processes[position].inputs {
        if case .output(let supplier, _) = input.supplier, evaluationIDs.contains(supplier) { return [] }
      }
    }
    let evaluation = processes[firstEvaluation]
    return [Finding(
      .noReport(process: evaluation.id),
      at: evaluation.idRange,
      notes: [DiagnosticNote("the process is tagged evaluation here", at: evaluation.tagRange(.evaluation))]
    )]
  }
}

extension Finding.Message {
  fileprivate static func noReport(process: String) -> Finding.Message {
    "evaluation process '\(process)' produces no engagement report; add an output delivered 'to' a client (the board, the public) or taken as an input by another process"
  }

  fileprivate static let noEvaluation: Finding.Message =
    "no process evaluates patient engagement; add a process tagged 'evaluation' with an output (the engagement report) delivered to a client or to another process"
}
