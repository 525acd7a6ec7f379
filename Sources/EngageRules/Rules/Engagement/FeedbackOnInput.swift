import EngageLanguage
import EngageModel

/// EM0303: a process at `consult` level or above tells participants how their input was used.
struct FeedbackOnInput: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0303",
    name: "feedback-on-input",
    defaultSeverity: .warning,
    title: "A process at consult level or above has a feedback step that tells participants how their input was used",
    explanation: """
      From `consult` upwards the IAP2 spectrum makes a promise to participants: the organisation \
      will listen and tell them how their input influenced the decision. Patients and partners who \
      never hear what became of their advice stop giving it, and the organisation cannot show \
      that engagement changed anything.

      Semantics: the rule applies to a process whose own `engagement` is `consult`, `involve`, \
      `collaborate` or `empower` (a step's `engagement` does not raise the process's level). The \
      process needs a step, decision or event tagged `feedback`. The finding points at the \
      process's `engagement` value.
      """,
    source: """
      IAP2 Spectrum of Public Participation (International Association for Public \
      Participation): the promise at consult and involve, "provide feedback on how public input \
      influenced the decision"; Canadian Patient Safety Institute, Engaging Patients in Patient \
      Safety – a Canadian Guide (2017, revised 2019): find out when and how you will hear about \
      the outcomes of your input.
      """,
    violatingExample: """
      organisation riverside "Riverside Primary Care Centre" {
        purpose "Safe, people-centred primary care co-produced with patients"
        goal codesigned "Services co-designed with the people who use them"
      }

      client community "Service-user community" { kind external }

      role patient "Patient" { kind patient }
      role lead "Quality lead" { kind manager }

      megaprocess codesign "Service co-design" {
        client community
        goals codesigned
        level organisation

        process survey "Experience survey review" {
          kind main
          owner lead
          purpose "Learn from what patients experience and change the service"
          engagement consult

          start due "Survey period closed"
          step answer "Patients answer the survey" by patient
          step analyse "Analyse answers and agree changes" by lead
          end done "Changes agreed"

          due -> answer -> analyse -> done
        }
      }

      """,
    fixedExample: """
      organisation riverside "Riverside Primary Care Centre" {
        purpose "Safe, people-centred primary care co-produced with patients"
        goal codesigned "Services co-designed with the people who use them"
      }

      client community "Service-user community" { kind external }

      role patient "Patient" { kind patient }
      role lead "Quality lead" { kind manager }

      megaprocess codesign "Service co-design" {
        client community
        goals codesigned
        level organisation

        process survey "Experience survey review" {
          kind main
          owner lead
          purpose "Learn from what patients experience and change the service"
          engagement consult

          start due "Survey period closed"
          step answer "Patients answer the survey" by patient
          step analyse "Analyse answers and agree changes" by lead
          step tell "Tell patients what changed because of their answers" by lead { tags feedback }
          end done "Changes agreed"

          due -> answer -> analyse -> tell -> done
        }
      }

      """
  )

  func check(_ context: RuleContext) -> [Finding] {
    let processes = context.graph.processes
    var findings: [Finding] = []
    for position in processes.indices {
      guard let level = processes[position].engagement, level >= .consult else { continue }
      let nodes = processes[position].nodes
      guard !nodes.indices.contains(where: { nodes[$0].tags.contains(.feedback) }) else { continue }
      let process = processes[position]
      findings.append(Finding(
        .noFeedback(process: process.id, level: level),
        at: process.syntax.engagement?.value.range ?? process.idRange
      ))
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func noFeedback(process: String, level: EngagementLevel) -> Finding.Message {
    "process '\(process)' engages at \(level.rawValue) level but no step tells participants how their input was used; add a step tagged 'feedback'"
  }
}
