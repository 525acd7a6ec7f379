import EngageLanguage
import EngageModel

/// EM0215: a main process is declared inside a mega-process, not at top level.
struct MainProcessInMegaprocess: Rule {
  static let urgentCareInput = "    input arrival \"Urgent patient\" from patients\n"

  let descriptor = RuleDescriptor(
    code: "EM0215",
    name: "main-process-in-megaprocess",
    defaultSeverity: .warning,
    title: "Each main process belongs to exactly one mega-process (main processes are not declared at top level)",
    explanation: """
      Main processes deliver value to an external client, and mega-processes group them by that \
      client. A main process declared at top level belongs to no mega-process: its client, its \
      goals and its outcome measures are unknown, and the landscape cannot place it. Declare it \
      inside the mega-process of the client it serves; if it serves other processes, it is a \
      support process (`kind support`), and if it steers them, a management process.
      """,
    source: CompletenessSources.processApproach("step 2: each main process sits in exactly one mega-process, identified by its client"),
    violatingExample: ExampleModel.make(
      extra: ExampleModel.topLevel(ExampleModel.urgentCare(input: MainProcessInMegaprocess.urgentCareInput))),
    fixedExample: ExampleModel.make(
      otherProcesses: ExampleModel.urgentCare(input: MainProcessInMegaprocess.urgentCareInput))
  )

  func check(_ context: RuleContext) -> [Finding] {
    let processes = context.graph.processes
    return processes.indices.filter { processes[$0].kind == .main && processes[$0].megaprocess == nil }.map { p in
      let notes = processes[p].syntax.kind.map { [DiagnosticNote("declared a main process here", at: $0.value.range)] } ?? []
      return Finding(.topLevelMain(processes[p].id), at: processes[p].syntax.id.range, notes: notes)
    }
  }
}

extension Finding.Message {
  fileprivate static func topLevelMain(_ process: String) -> Finding.Message {
    "main process '\(process)' is declared at top level; move it into the mega-process of the client it serves, or make it `kind support` or `kind management`"
  }
}
