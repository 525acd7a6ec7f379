import EngageLanguage
import EngageModel

/// EM0301: an organisation- or policy-level process whose patient partners work in a team with staff
/// has at least two of them.
struct TwoPatientPartners: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0301",
    name: "two-patient-partners",
    defaultSeverity: .warning,
    title: "An organisation- or policy-level process whose patient partners work in a team with staff has at least two of them",
    explanation: """
      A single patient partner on a committee or project team is easily outnumbered, carries the \
      whole patient perspective alone, and leaves the team without a patient voice whenever they \
      cannot attend. Two or more partners support each other and bring more than one experience \
      of care. The advice is about partners working in a team with staff; it does not ask for a \
      second patient in a one-to-one conversation, such as an interview in which one patient \
      tells their story to a facilitator.

      Semantics: a patient partner is a role of `kind patient_partner`; patients and family \
      members taking part as themselves (`kind patient` or `family`) are never counted. The \
      process's level is its mega-process's `level`; a top-level process (support or management, \
      serving the organisation itself) counts as `organisation` level. Only processes at \
      `organisation` or `policy` level are checked, and in them only team steps: a step or \
      decision with a patient-partner performer that is a committee or co-design team at work — \
      the process is tagged `committee`, or the step itself is tagged `committee` or `codesign` — \
      or in which two or more people who are not patient-side (not `patient`, `family` or \
      `patient_partner`; counts included, so `by lead, nurse` or `by lead x2`) take part, where a \
      single partner would be outnumbered. A step in which one partner works alone or with one \
      member of staff (`by facilitator, storyteller`) is one-to-one and is not checked.

      Fires when a checked process has team steps and none of them has patient-partner \
      performers whose counts add up to two or more (`by partner x2`, or `by partner, \
      carer_partner`), and fewer than two distinct patient-partner roles take part in its team \
      steps. Does not fire at `direct_care` level, for one-to-one steps, nor for a process without \
      team steps. The finding points at the first patient-partner performer of a team step and \
      offers `x2` as a fix.
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
      let isCommittee = processes[position].tags.contains(.committee)
      let nodes = processes[position].nodes
      var first: (node: Int, role: String)?
      var enough = false
      for nodePosition in nodes.indices {
        let performers = nodes[nodePosition].performers
        var partnersOnNode = 0
        var othersOnNode = 0
        for performer in performers {
          let kind = context.roleKind(performer.role)
          if kind == .patient_partner {
            partnersOnNode += performer.count
          } else if !(kind?.isPatientSide ?? false) {
            othersOnNode += performer.count
          }
        }
        guard partnersOnNode > 0 else { continue }
        let tags = nodes[nodePosition].tags
        guard isCommittee || othersOnNode >= 2 || tags.contains(.committee) || tags.contains(.codesign) else { continue }
        for performer in performers where context.isPatientPartner(performer.role) {
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
    "process '\(process)' works at \(level.rawValue) level with only one patient partner in its team steps; include at least two (write '\(role) x2' or add a second patient-partner role)"
  }
}
