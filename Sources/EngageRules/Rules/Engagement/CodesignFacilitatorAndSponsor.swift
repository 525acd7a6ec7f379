import EngageLanguage
import EngageModel

/// EM0310: an organisation-level co-design process includes a facilitator and a manager (sponsor).
struct CodesignFacilitatorAndSponsor: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0310",
    name: "codesign-facilitator-and-sponsor",
    defaultSeverity: .warning,
    title: "A codesign process at organisation level includes a facilitator and a manager (sponsor) role",
    explanation: """
      Service development with patient participation succeeds when someone facilitates it (plans \
      the meetings, prepares patient representatives and professionals, keeps the work moving) \
      and a manager sponsors it (gives time and resources and carries decisions into the \
      organisation). Without a facilitator, partners and professionals meet unprepared; without \
      a sponsor, co-designed changes stall.

      Semantics: the rule applies to a process tagged `codesign` whose level is `organisation` \
      (its mega-process's level; a top-level process counts as organisation level). Among the \
      process's owner and the performers of its nodes there must be a role of `kind facilitator` \
      and a role of `kind manager`. One finding at the process id names what is missing.
      """,
    source: """
      Qualitative study of the internal facilitator role in service development with patient \
      participation in Norwegian primary health care, analysed with the PARIHS framework \
      (Promoting Action on Research Implementation in Health Services; Kitson, Harvey and \
      McCormack, Quality in Health Care 7:149–158, 1998): facilitators working with patient \
      representatives, health-care professionals, supervisors and senior managers.
      """,
    violatingExample: """
      organisation riverside "Riverside Primary Care Centre" {
        purpose "Safe, people-centred primary care co-produced with patients"
        goal codesigned "Services co-designed with the people who use them"
      }

      client community "Service-user community" { kind external }

      role partner "Patient partner" { kind patient_partner }
      role nurse "Practice nurse" { kind clinician }
      role sponsor "Service manager" { kind manager }

      megaprocess codesign "Service co-design" {
        client community
        goals codesigned
        level organisation

        process project "Co-designed improvement project" {
          kind main
          owner sponsor
          purpose "Improve a service together with patient partners"
          tags codesign

          start chartered "Project chartered"
          step design "Co-design the change" by nurse, partner x2
          step test "Test the change" by nurse, partner x2
          end done "Change adopted"

          chartered -> design -> test -> done
        }
      }

      """,
    fixedExample: """
      organisation riverside "Riverside Primary Care Centre" {
        purpose "Safe, people-centred primary care co-produced with patients"
        goal codesigned "Services co-designed with the people who use them"
      }

      client community "Service-user community" { kind external }

      role partner "Patient partner" { kind patient_partner }
      role nurse "Practice nurse" { kind clinician }
      role sponsor "Service manager" { kind manager }
      role facilitator "Improvement facilitator" { kind facilitator }

      megaprocess codesign "Service co-design" {
        client community
        goals codesigned
        level organisation

        process project "Co-designed improvement project" {
          kind main
          owner sponsor
          purpose "Improve a service together with patient partners"
          tags codesign

          start chartered "Project chartered"
          step design "Co-design the change" by facilitator, nurse, partner x2
          step test "Test the change" by nurse, partner x2
          end done "Change adopted"

          chartered -> design -> test -> done
        }
      }

      """
  )

  func check(_ context: RuleContext) -> [Finding] {
    let processes = context.graph.processes
    var findings: [Finding] = []
    for position in processes.indices where processes[position].tags.contains(.codesign) {
      guard context.organisationLevel(ofMegaprocess: processes[position].megaprocess) == .organisation else { continue }
      var kinds: Set<RoleKind> = []
      if let owner = processes[position].owner, let kind = context.roleKind(owner) { kinds.insert(kind) }
      let nodes = processes[position].nodes
      for nodePosition in nodes.indices {
        for performer in nodes[nodePosition].performers {
          if let kind = context.roleKind(performer.role) { kinds.insert(kind) }
        }
      }
      let missing = [RoleKind.facilitator, .manager].filter { !kinds.contains($0) }
      guard !missing.isEmpty else { continue }
      let process = processes[position]
      findings.append(Finding(
        .missingRoles(process: process.id, missing: missing),
        at: process.idRange,
        notes: [DiagnosticNote("the process is tagged codesign here", at: process.tagRange(.codesign))]
      ))
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func missingRoles(process: String, missing: [RoleKind]) -> Finding.Message {
    let what = missing.map { $0 == .facilitator ? "a facilitator" : "a manager (sponsor)" }.joined(separator: " or ")
    let how = missing.map { "a role of kind \($0.rawValue)" }.joined(separator: " and ")
    return "organisation-level co-design process '\(process)' has no \(what); add \(how) as its owner or to a step's 'by' list"
  }
}
