import EngageLanguage
import EngageModel

/// EM0212: a relation's supplier output exists and its client process takes that output.
struct RelationConsistent: Rule {
  static let handover = """
    relation referral_handover "Urgent referral hand-over" {
      supplier triage.referral
      client urgent_care
      requirement "Referred within one hour"
    }
    """

  let descriptor = RuleDescriptor(
    code: "EM0212",
    name: "relation-consistent",
    defaultSeverity: .error,
    title: "A relation's supplier output exists and its client process takes that output as an input",
    explanation: """
      A relation is the agreement of the internal market: the supplier process delivers an \
      output, the client process takes it as an input, and the client evaluates the supplier by \
      the relation's requirements and measures. If the client's map does not take the output as \
      an input, the agreement exists on paper only: the receiving team has not designed for it.
      """,
    source: CompletenessSources.processApproach("step 4: internal-market relations, an agreed product with requirements and measures between supplier and client processes"),
    violatingExample: ExampleModel.make(
      processProperties: ExampleModel.processProperties + "\n    output referral \"Urgent referral\"",
      otherProcesses: ExampleModel.urgentCare(input: "    input arrival \"Urgent patient\" from patients\n"),
      extra: RelationConsistent.handover),
    fixedExample: ExampleModel.make(
      processProperties: ExampleModel.processProperties + "\n    output referral \"Urgent referral\"",
      otherProcesses: ExampleModel.urgentCare(input: "    input referral \"Urgent referral\" from triage.referral\n"),
      extra: RelationConsistent.handover)
  )

  /// An input's supplier as taken by one process.
  private struct TakenInput: Hashable {
    let client: String
    let supplier: Supplier
  }

  func check(_ context: RuleContext) -> [Finding] {
    var outputs: [Supplier: SourceRange] = [:]
    var taken = Set<TakenInput>()
    let processes = context.graph.processes
    for p in processes.indices {
      let id = processes[p].id
      let declared = processes[p].outputs
      for o in declared.indices {
        let key = Supplier.output(process: id, output: declared[o].id)
        if outputs[key] == nil { outputs[key] = declared[o].syntax.id.range }
      }
      let inputs = processes[p].inputs
      for i in inputs.indices {
        if let supplier = inputs[i].supplier { taken.insert(TakenInput(client: id, supplier: supplier)) }
      }
    }
    var findings: [Finding] = []
    let relations = context.graph.relations
    for r in relations.indices {
      let relation = relations[r]
      let syntax = relation.syntax
      guard let supplierID = relation.supplierProcess, let outputID = relation.supplierOutput else {
        findings.append(
          Finding(.noSupplierOutput(relation.id), at: syntax.supplier?.value.range ?? syntax.id.range))
        continue
      }
      let expected = Supplier.output(process: supplierID, output: outputID)
      guard let outputRange = outputs[expected] else {
        findings.append(Finding(.noSuchOutput(supplierID, outputID), at: syntax.supplier?.value.range ?? syntax.id.range))
        continue
      }
      guard let clientID = relation.client, let client = context.index.processes[clientID] else {
        findings.append(Finding(.noClient(relation.id), at: syntax.client?.value.range ?? syntax.id.range))
        continue
      }
      if !taken.contains(TakenInput(client: clientID, supplier: expected)) {
        findings.append(
          Finding(
            .clientTakesNoInput(clientID, supplier: supplierID, output: outputID),
            at: syntax.client?.value.range ?? syntax.id.range,
            notes: [
              DiagnosticNote("process '\(clientID)' is declared here", at: processes[client].syntax.id.range),
              DiagnosticNote("the output '\(supplierID).\(outputID)' is declared here", at: outputRange),
            ]))
      }
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func noSupplierOutput(_ relation: String) -> Finding.Message {
    "relation '\(relation)' names no supplier output; write `supplier <process>.<output>`"
  }

  fileprivate static func noSuchOutput(_ process: String, _ output: String) -> Finding.Message {
    "process '\(process)' has no output '\(output)'; declare `output \(output) \"...\"` in it or name one of its outputs"
  }

  fileprivate static func noClient(_ relation: String) -> Finding.Message {
    "relation '\(relation)' names no client process; add `client <process>` for the process that takes the output"
  }

  fileprivate static func clientTakesNoInput(_ client: String, supplier: String, output: String) -> Finding.Message {
    "the client process '\(client)' takes no input from '\(supplier).\(output)'; add `input <id> \"...\" from \(supplier).\(output)` to '\(client)'"
  }
}
