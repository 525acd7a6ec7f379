import EngageLanguage
import EngageModel

/// EM0302: in a co-design or committee process, patient partners take part from the first step.
struct PartnersFromFirstStep: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0302",
    name: "partners-from-first-step",
    defaultSeverity: .warning,
    title: "In a codesign or committee process, patient partners take part from the first step after the start",
    explanation: """
      Patient partners who join after the problem has been framed, the scope set and the agenda \
      written can only react to decisions already made. Bringing them in at the first step lets \
      them shape what the project or committee works on, which is where their experience of care \
      adds the most.

      Semantics: the rule applies to a process tagged `codesign` or `committee`. Every node that \
      a flow leads to directly from a start event (the first steps after the start) must have a \
      performer of `kind patient_partner`. End events and hand-overs to other processes right \
      after the start are not steps and are not checked. Each first step without a partner is \
      reported at its id, with a note at the start event.
      """,
    source: """
      Canadian Patient Safety Institute, Engaging Patients in Patient Safety – a Canadian Guide \
      (2017, revised 2019): involve patient partners as early as possible, from the planning of \
      an initiative rather than after its direction is set.
      """,
    violatingExample: """
      organisation riverside "Riverside Primary Care Centre" {
        purpose "Safe, people-centred primary care co-produced with patients"
        goal codesigned "Services co-designed with the people who use them"
      }

      client community "Service-user community" { kind external }

      role partner "Patient partner" { kind patient_partner }
      role facilitator "Improvement facilitator" { kind facilitator }
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
          step scope "Define the project scope" by sponsor, facilitator
          step design "Co-design the change" by facilitator, partner x2
          end done "Change tested"

          chartered -> scope -> design -> done
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
      role facilitator "Improvement facilitator" { kind facilitator }
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
          step scope "Define the project scope" by sponsor, facilitator, partner x2
          step design "Co-design the change" by facilitator, partner x2
          end done "Change tested"

          chartered -> scope -> design -> done
        }
      }

      """
  )

  func check(_ context: RuleContext) -> [Finding] {
    let processes = context.graph.processes
    var findings: [Finding] = []
    for position in processes.indices {
      let tags = processes[position].tags
      guard tags.contains(.codesign) || tags.contains(.committee) else { continue }
      let tag: Tag = tags.contains(.codesign) ? .codesign : .committee
      let map = context.maps[position]
      let nodes = processes[position].nodes
      var reported = Array(repeating: false, count: map.nodeCount)
      for start in map.starts {
        for first in map.successors(of: start) where !reported[first] {
          guard nodes[first].kind == .step || nodes[first].kind == .decision else { continue }
          guard !nodes[first].performers.contains(where: { context.isPatientPartner($0.role) }) else { continue }
          reported[first] = true
          findings.append(Finding(
            .noPartnerAtFirstStep(nodes[first].id, process: processes[position].id, tag: tag),
            at: nodes[first].idRange,
            notes: [DiagnosticNote("the process starts here", at: nodes[start].idRange)]
          ))
        }
      }
    }
    return findings
  }
}

extension Finding.Message {
  fileprivate static func noPartnerAtFirstStep(_ node: String, process: String, tag: Tag) -> Finding.Message {
    "'\(node)' is the first step of \(tag.rawValue) process '\(process)' but no patient partner takes part in it; add a patient-partner role to its 'by' list"
  }
}
