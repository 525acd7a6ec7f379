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
    for process in context.graph.processes {
      for input in process.inputs {
        if case .output(let supplier, _)? = input.supplier, supplier != process.id { served.insert(supplier) }
      }
      for flow in process.flows {
        if case .process(let target) = flow.to, target != process.id { served.insert(process.id) }
      }
      for output in process.outputs {
        if let clientID = output.client, context.client(clientID)?.kind == .internal { served.insert(process.id) }
      }
    }
    for relation in context.graph.relations {
      if let supplier = relation.supplierProcess, let client = relation.client, client != supplier {
        served.insert(supplier)
      }
    }
    var findings: [Finding] = []
    for process in context.graph.processes where process.kind == .support && !served.contains(process.id) {
      let notes = process.syntax.kind.map { [DiagnosticNote("declared a support process here", at: $0.value.range)] } ?? []
      findings.append(Finding(.noInternalClient(process.id), at: process.syntax.id.range, notes: notes))
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func noInternalClient(_ process: String) -> Finding.Message {
    "support process '\(process)' has no internal client; take one of its outputs as an input in the process it serves (`from \(process).<output>`), deliver it `to` an internal client, or name it as the supplier of a relation"
  }
}
