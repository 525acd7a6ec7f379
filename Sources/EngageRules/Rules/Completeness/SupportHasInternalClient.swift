import EngageLanguage
import EngageModel

/// EM0213: every support process has at least one internal client.
struct SupportHasInternalClient: Rule {
  static func records(deliveredTo client: String) -> String {
    """
    process records "Patient records" {
      kind support
      owner nurse
      purpose "Keep each patient's record complete and at hand"
      input notes "Visit notes" from staff
      output record "Up-to-date record" to \(client)

      start written "Notes written"
      step file "File the notes" by nurse
      end done "Record up to date"

      written -> file -> done

      measure filed_same_day "Notes filed the same day" {
        type process
        unit percent
        target >= 95
        frequency monthly
        source "Records audit"
        owner nurse
      }
    }
    """
  }

  static let declarations = ExampleModel.declarations + "\nclient staff \"Clinic staff\" { kind internal }"

  let descriptor = RuleDescriptor(
    code: "EM0213",
    name: "support-has-internal-client",
    defaultSeverity: .warning,
    title: "Every support process has at least one internal client",
    explanation: """
      Support processes (recruiting and training patient partners, records, data systems) exist \
      to serve the organisation's other processes: their clients are internal. A support process \
      with no internal client (no process takes its output, no relation names it as supplier, no \
      output goes to an internal client) serves nobody inside the organisation, so nobody can \
      evaluate it as its client should.
      """,
    source: CompletenessSources.processApproach("step 4: support processes serve internal clients in the internal market"),
    violatingExample: ExampleModel.make(
      declarations: SupportHasInternalClient.declarations, extra: SupportHasInternalClient.records(deliveredTo: "patients")),
    fixedExample: ExampleModel.make(
      declarations: SupportHasInternalClient.declarations, extra: SupportHasInternalClient.records(deliveredTo: "staff"))
  )

  func check(_ context: RuleContext) -> [Finding] {
    var served = Set<String>()
    let processes = context.graph.processes
    for p in processes.indices {
      let id = processes[p].id
      let inputs = processes[p].inputs
      for i in inputs.indices {
        if case .output(let supplier, _)? = inputs[i].supplier, supplier != id { served.insert(supplier) }
      }
      let flows = processes[p].flows
      for f in flows.indices {
        if case .process(let target) = flows[f].to, target != id { served.insert(id) }
      }
      let outputs = processes[p].outputs
      for o in outputs.indices {
        if let clientID = outputs[o].client, let client = context.index.clients[clientID],
          context.graph.clients[client].kind == .internal
        {
          served.insert(id)
        }
      }
    }
    let relations = context.graph.relations
    for r in relations.indices {
      if let supplier = relations[r].supplierProcess, let client = relations[r].client, client != supplier {
        served.insert(supplier)
      }
    }
    var findings: [Finding] = []
    for p in processes.indices where processes[p].kind == .support && !served.contains(processes[p].id) {
      let notes = processes[p].syntax.kind.map { [DiagnosticNote("declared a support process here", at: $0.value.range)] } ?? []
      findings.append(Finding(.noInternalClient(processes[p].id), at: processes[p].syntax.id.range, notes: notes))
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func noInternalClient(_ process: String) -> Finding.Message {
    "support process '\(process)' has no internal client; take one of its outputs as an input in the process it serves (`from \(process).<output>`), deliver it `to` an internal client, or name it as the supplier of a relation"
  }
}
