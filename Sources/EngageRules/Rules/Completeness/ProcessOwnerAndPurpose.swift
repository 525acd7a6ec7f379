import EngageLanguage
import EngageModel

/// EM0205: every process has an owner and a purpose.
struct ProcessOwnerAndPurpose: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0205",
    name: "process-owner-purpose",
    defaultSeverity: .error,
    title: "Every process has an owner and a purpose",
    explanation: """
      A reference process needs someone accountable for it (the owner: who keeps the design up \
      to date, watches its measures and answers to its clients) and a purpose that says what \
      value it delivers. A process nobody owns drifts away from its design; a process without a \
      purpose cannot be judged by its measures.
      """,
    source: CompletenessSources.processApproach("step 3: each reference process has an owner and states its purpose"),
    violatingExample: ExampleModel.make(
      processProperties: """
            kind main
            input request "Request for care" from patients
            output priority "Agreed priority" to patients
        """),
    fixedExample: ExampleModel.make()
  )

  func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    let processes = context.graph.processes
    for p in processes.indices {
      if processes[p].owner == nil {
        findings.append(Finding(.noOwner(processes[p].id), at: processes[p].syntax.id.range))
      }
      if processes[p].purpose == nil {
        findings.append(Finding(.noPurpose(processes[p].id), at: processes[p].syntax.id.range))
      }
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func noOwner(_ process: String) -> Finding.Message {
    "process '\(process)' has no owner; add `owner <role>` for the role accountable for it"
  }

  fileprivate static func noPurpose(_ process: String) -> Finding.Message {
    "process '\(process)' states no purpose; add `purpose \"<the value it delivers>\"`"
  }
}
