import EngageLanguage
import EngageModel

/// EM0309: a model whose processes use patient partners has a process that supports them.
struct PartnerSupportProcess: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0309",
    name: "partner-support-process",
    defaultSeverity: .warning,
    title: "A model whose processes use patient partners has a partner_support process (orientation, training, expenses)",
    explanation: """
      Patient partners give their time and their experience of care. Without orientation they do \
      not know how the committee or project works; without training they cannot take part as \
      equals; without their expenses paid, only those who can afford it take part. Supporting \
      partners is work the organisation has to do on purpose, so it belongs on the map as a \
      process with an owner and measures.

      Semantics: the model uses patient partners when any step, decision or event of any process \
      has a performer of `kind patient_partner`. It then needs at least one process tagged \
      `partner_support`. The finding points at the declaration of the first patient-partner role \
      that performs a step, with a note at that step.
      """,
    source: """
      Canadian Patient Safety Institute, Engaging Patients in Patient Safety – a Canadian Guide \
      (2017, revised 2019): patient partners ask how the organisation will support them \
      (orientation, training, reimbursement of expenses) before they take on a role.
      """,
    violatingExample: """
      organisation riverside "Riverside Primary Care Centre" {
        purpose "Safe, people-centred primary care co-produced with patients"
        goal safety "Safer care through partnership"
      }

      client community "Service-user community" { kind external }

      role partner "Patient partner" { kind patient_partner }
      role lead "Quality lead" { kind manager }

      megaprocess governance "Quality governance" {
        client community
        goals safety
        level organisation

        process committee "Quality and safety committee" {
          kind management
          owner lead
          purpose "Review safety reports and agree improvement priorities"
          tags committee

          start convened "Meeting convened"
          step review "Review safety reports" by lead, partner x2
          end agreed "Priorities agreed"

          convened -> review -> agreed
        }
      }

      """,
    fixedExample: """
      organisation riverside "Riverside Primary Care Centre" {
        purpose "Safe, people-centred primary care co-produced with patients"
        goal safety "Safer care through partnership"
      }

      client community "Service-user community" { kind external }

      role partner "Patient partner" { kind patient_partner }
      role lead "Quality lead" { kind manager }
      role coordinator "Engagement coordinator" { kind staff }

      megaprocess governance "Quality governance" {
        client community
        goals safety
        level organisation

        process committee "Quality and safety committee" {
          kind management
          owner lead
          purpose "Review safety reports and agree improvement priorities"
          tags committee
          input members "Oriented patient partners" from support.oriented

          start convened "Meeting convened"
          step review "Review safety reports" by lead, partner x2
          end agreed "Priorities agreed"

          convened -> review -> agreed
        }
      }

      process support "Patient-partner orientation and support" {
        kind support
        owner coordinator
        purpose "Orient, train and reimburse patient partners"
        tags partner_support
        output oriented "Oriented patient partners"

        start recruited "Partners recruited"
        step orient "Orientation and role agreement" by coordinator, partner x2
        step expenses "Reimburse expenses" by coordinator
        end ready "Partners ready to take part"

        recruited -> orient -> expenses -> ready
      }

      """
  )

  func check(_ context: RuleContext) -> [Finding] {
    let processes = context.graph.processes
    var firstUse: (process: Int, node: Int, role: String)?
    for position in processes.indices {
      if processes[position].tags.contains(.partner_support) { return [] }
      guard firstUse == nil else { continue }
      let nodes = processes[position].nodes
      for nodePosition in nodes.indices {
        if let performer = nodes[nodePosition].performers.first(where: { context.isPatientPartner($0.role) }) {
          firstUse = (position, nodePosition, performer.role)
          break
        }
      }
    }
    guard let (position, nodePosition, role) = firstUse else { return [] }
    let node = processes[position].nodes[nodePosition]
    let roleRange = context.index.roles[role].map { context.graph.roles[$0].syntax.id.range }
    return [Finding(
      .noPartnerSupport(role: role),
      at: roleRange ?? node.performerRange(role),
      notes: [DiagnosticNote(
        "'\(role)' takes part in step '\(node.id)' of process '\(processes[position].id)'", at: node.performerRange(role))]
    )]
  }
}

extension Finding.Message {
  fileprivate static func noPartnerSupport(role: String) -> Finding.Message {
    "patient partners ('\(role)') take part in the model's processes but no process supports them; add a process tagged 'partner_support' for their orientation, training and expenses"
  }
}
