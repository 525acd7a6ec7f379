import EngageLanguage
import EngageModel

/// EM0301: an organisation- or policy-level process that engages patient partners has at least two.
struct TwoPatientPartners: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0301",
    name: "two-patient-partners",
    defaultSeverity: .warning,
    title: "An organisation- or policy-level process that engages patient partners has at least two of them",
    explanation: """
      A single patient partner on a committee or project team is easily outnumbered, carries the \
      whole patient perspective alone, and leaves the team without a patient voice whenever they \
      cannot attend. Two or more partners support each other and bring more than one experience \
      of care.

      Semantics: a patient partner is a role of `kind patient_partner`. A process engages patient \
      partners when any of its steps, decisions or events has a patient-partner performer. The \
      process's level is its mega-process's `level`; a top-level process (support or management, \
      serving the organisation itself) counts as `organisation` level. At `organisation` or \
      `policy` level the process is satisfied when one node has patient-partner performers whose \
      counts add up to two or more (`by partner x2`, or `by partner, carer_partner`), or when two \
      or more distinct patient-partner roles take part anywhere in the process. The finding points \
      at the first patient-partner performer and offers `x2` as a fix.
      """,
    source: """
      Canadian Patient Safety Institute, Engaging Patients in Patient Safety – a Canadian Guide \
      (2017, revised 2019): "always try to include at least two patient partners"; and its tips \
      for committees: have more than one patient representative on a committee.
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
          step review "Review safety reports" by lead, partner
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

      """
  )

  func check(_ context: RuleContext) -> [Finding] {
    let processes = context.graph.processes
    var findings: [Finding] = []
    for position in processes.indices {
      guard let level = context.organisationLevel(ofMegaprocess: processes[position].megaprocess),
        level == .organisation || level == .policy
      else { continue }
      let nodes = processes[position].nodes
      var first: (node: Int, role: String)?
      var enough = false
      for nodePosition in nodes.indices {
        var partnersOnNode = 0
        for performer in nodes[nodePosition].performers where context.isPatientPartner(performer.role) {
          partnersOnNode += performer.count
          if let first, first.role != performer.role { enough = true }
          if first == nil { first = (nodePosition, performer.role) }
        }
        if partnersOnNode >= 2 { enough = true }
        if enough { break }
      }
      guard let (nodePosition, role) = first, !enough else { continue }
      let process = processes[position]
      let range = nodes[nodePosition].performerRange(role)
      var notes: [DiagnosticNote] = []
      if let megaprocessID = process.megaprocess, let levelProperty = context.megaprocess(megaprocessID)?.syntax.level {
        notes.append(DiagnosticNote("the process works at \(level.rawValue) level, set here", at: levelProperty.range))
      } else {
        notes.append(DiagnosticNote("a top-level process counts as organisation level", at: process.idRange))
      }
      findings.append(Finding(
        .onePartner(process: process.id, level: level, role: role),
        at: range,
        notes: notes,
        fixIts: [FixIt("take part with two patient partners", range: range, replacement: "\(role) x2")]
      ))
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func onePartner(process: String, level: OrganisationLevel, role: String) -> Finding.Message {
    "process '\(process)' works at \(level.rawValue) level with only one patient partner; include at least two (write '\(role) x2' or add a second patient-partner role)"
  }
}
