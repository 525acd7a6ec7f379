import EngageLanguage
import EngageModel

/// EM0214: every mega-process has at least one outcome measure.
struct MegaprocessOutcomeMeasure: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0214",
    name: "megaprocess-outcome-measure",
    defaultSeverity: .warning,
    title: "Every mega-process has at least one outcome measure",
    explanation: """
      Process and structure measures say whether the work is done as designed; only outcome \
      measures say whether the client actually received the value the mega-process exists for \
      (Donabedian's structure–process–outcome model). Each mega-process needs at least one \
      outcome measure, declared in the mega-process or in one of its processes, so that its \
      goals can be judged by results.
      """,
    source: CompletenessSources.processApproach("step 4: process measures, with outcome measures for each mega-process")
      + " Donabedian's structure–process–outcome model.",
    violatingExample: ExampleModel.make(
      measure: """
            measure triaged_on_time "Requests triaged within one working day" {
              type process
              unit percent
              target >= 90
              warning >= 80
              frequency monthly
              source "Triage log"
              owner nurse
            }
        """),
    fixedExample: ExampleModel.make()
  )

  func check(_ context: RuleContext) -> [Finding] {
    var measured = Set<String>()
    let measures = context.graph.measures
    for m in measures.indices where measures[m].type == .outcome {
      switch measures[m].scope {
      case .megaprocess(let id): measured.insert(id)
      case .process(let id):
        if let position = context.index.processes[id], let megaprocess = context.graph.processes[position].megaprocess {
          measured.insert(megaprocess)
        }
      case .relation: break
      }
    }
    let megaprocesses = context.graph.megaprocesses
    return megaprocesses.indices.filter { !measured.contains(megaprocesses[$0].id) }.map {
      Finding(.noOutcomeMeasure(megaprocesses[$0].id), at: megaprocesses[$0].syntax.id.range)
    }
  }
}

extension Finding.Message {
  fileprivate static func noOutcomeMeasure(_ megaprocess: String) -> Finding.Message {
    "mega-process '\(megaprocess)' has no outcome measure; add a measure with `type outcome` to it or to one of its processes"
  }
}
