import EngageLanguage
import EngageModel

/// EM0203: every mega-process names its client and the goals it serves.
struct MegaprocessClientAndGoals: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0203",
    name: "megaprocess-client-goals",
    defaultSeverity: .error,
    title: "Every mega-process names its client and the goals it serves",
    explanation: """
      Mega-processes are identified by the client criterion: one group of processes per category \
      of client who receives the value (patients and families; the service-user community; \
      payers, regulators and the public). A mega-process without a client has lost the reason it \
      exists, and one without goals cannot be traced to the organisation's purpose.
      """,
    source: CompletenessSources.processApproach("step 2: identify mega-processes by the client (recipient) criterion, each tracing to goals"),
    violatingExample: ExampleModel.make(
      megaprocessProperties: """
          goals timely
        """),
    fixedExample: ExampleModel.make()
  )

  func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    let megaprocesses = context.graph.megaprocesses
    for m in megaprocesses.indices {
      if megaprocesses[m].client == nil {
        findings.append(Finding(.noClient(megaprocesses[m].id), at: megaprocesses[m].syntax.id.range))
      }
      if megaprocesses[m].goals.isEmpty {
        findings.append(Finding(.noGoals(megaprocesses[m].id), at: megaprocesses[m].syntax.id.range))
      }
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func noClient(_ megaprocess: String) -> Finding.Message {
    "mega-process '\(megaprocess)' names no client; add `client <id>` for the category of client who receives its value"
  }

  fileprivate static func noGoals(_ megaprocess: String) -> Finding.Message {
    "mega-process '\(megaprocess)' names no goals; add `goals <id>, ...` for the organisation's goals it serves"
  }
}
