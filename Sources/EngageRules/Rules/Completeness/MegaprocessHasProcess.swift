import EngageLanguage
import EngageModel

/// EM0204: every mega-process contains at least one process.
struct MegaprocessHasProcess: Rule {
  static let codesign = """
    megaprocess codesign "Service co-design" {
      client patients
      goals timely

      measure redesigned_services "Services redesigned with patients" {
        type outcome
        unit count
        target >= 2
        frequency yearly
        source "Improvement register"
        owner nurse
      }
    """

  static let workshop = """
      process workshop "Co-design workshop" {
        kind main
        owner nurse
        purpose "Redesign a service together with the patients who use it"
        input idea "Improvement idea" from patients
        output design "Redesigned service" to patients

        start proposed "Idea proposed"
        step meet "Hold the workshop" by nurse, patient
        end done "Design agreed"

        proposed -> meet -> done

        measure workshops_held "Workshops held" {
          type process
          unit count
          target >= 4
          frequency yearly
          source "Workshop register"
          owner nurse
        }
      }

    """

  let descriptor = RuleDescriptor(
    code: "EM0204",
    name: "megaprocess-has-process",
    defaultSeverity: .error,
    title: "Every mega-process contains at least one process",
    explanation: """
      A mega-process is a group of reference processes delivering value to one category of \
      client. An empty one names a client the organisation means to serve but describes no work \
      that serves it: there is nothing to map, own or measure. Add its processes, or remove it.
      """,
    source: CompletenessSources.processApproach("steps 2 and 3: each mega-process is made of reference processes"),
    violatingExample: ExampleModel.make(extra: MegaprocessHasProcess.codesign + "\n}"),
    fixedExample: ExampleModel.make(extra: MegaprocessHasProcess.codesign + "\n\n" + MegaprocessHasProcess.workshop + "}")
  )

  func check(_ context: RuleContext) -> [Finding] {
    let megaprocesses = context.graph.megaprocesses
    return megaprocesses.indices.filter { megaprocesses[$0].processes.isEmpty }.map {
      Finding(.empty(megaprocesses[$0].id), at: megaprocesses[$0].syntax.id.range)
    }
  }
}

extension Finding.Message {
  fileprivate static func empty(_ megaprocess: String) -> Finding.Message {
    "mega-process '\(megaprocess)' contains no process; add the reference processes that deliver its value, or remove it"
  }
}
