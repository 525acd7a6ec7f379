import EngageLanguage
import EngageModel

/// EM0302: in a co-design or committee process, patient partners take part from the first step
/// that is not administration.
struct PartnersFromFirstStep: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0302",
    name: "partners-from-first-step",
    defaultSeverity: .warning,
    title: "In a codesign or committee process, patient partners take part from the first step that is not administration",
    explanation: """
      Patient partners who join after the problem has been framed, the scope set and the agenda \
      written can only react to decisions already made. Bringing them in at the first step lets \
      them shape what the project or committee works on, which is where their experience of care \
      adds the most. Administration that only prepares the work (booking the room, sending the \
      invitations, arranging expenses) frames nothing, and partners need not be there.

      Semantics: the rule applies to a process tagged `codesign` or `committee`. An \
      administrative step is a step or decision whose performers are all roles of `kind staff` \
      (there is at least one, and no clinician, manager, facilitator or patient-side role among \
      them). The first steps are found by following the flows from each start event past \
      administrative steps: on every path, the first step or decision that is not administrative \
      is a first step, and it must have a performer of `kind patient_partner`. End events and \
      hand-overs to other processes are not steps and end the search on their path; a step \
      without performers is not administrative.

      Fires at each first step without a patient partner (once per step), with a note at the \
      start event and, when administrative steps were passed, one at the last of them. Does not fire for \
      administrative steps, for steps after the first, nor for a process tagged neither \
      `codesign` nor `committee`.
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
      var visited = Array(repeating: false, count: map.nodeCount)
      for start in map.starts {
        visited[start] = true
        // Each pending node with the administrative step passed just before it, if any.
        var pending = map.successors(of: start).reversed().map { (node: $0, after: Int?.none) }
        while let (node, after) = pending.popLast() {
          guard !visited[node] else { continue }
          visited[node] = true
          guard nodes[node].kind == .step || nodes[node].kind == .decision else { continue }
          if isAdministrative(nodes[node], context) {
            for next in map.successors(of: node).reversed() where !visited[next] { pending.append((next, node)) }
            continue
          }
          guard !nodes[node].performers.contains(where: { context.isPatientPartner($0.role) }) else { continue }
          var notes = [DiagnosticNote("the process starts here", at: nodes[start].idRange)]
          if let after {
            notes.append(DiagnosticNote(
              "'\(nodes[after].id)' is performed by staff only, so it is administrative and not checked",
              at: nodes[after].idRange))
          }
          findings.append(Finding(
            .noPartnerAtFirstStep(nodes[node].id, process: processes[position].id, tag: tag),
            at: nodes[node].idRange,
            notes: notes
          ))
        }
      }
    }
    return findings
  }

  /// Whether a step only prepares the work: every performer is a role of `kind staff`.
  private func isAdministrative(_ node: Node, _ context: RuleContext) -> Bool {
    !node.performers.isEmpty && node.performers.allSatisfy { context.roleKind($0.role) == .staff }
  }
}

extension Finding.Message {
  fileprivate static func noPartnerAtFirstStep(_ node: String, process: String, tag: Tag) -> Finding.Message {
    "'\(node)' is the first step of \(tag.rawValue) process '\(process)' but no patient partner takes part in it; add a patient-partner role to its 'by' list"
  }
}
