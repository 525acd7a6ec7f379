import EngageLanguage
import EngageModel

// Questions the engagement rules (EM03xx) share. Every one runs in time linear in what it reads.

extension RuleContext {
  /// The level of engagement (Carman et al. 2013) a process works at: its mega-process's
  /// `level`. A top-level process (support or management, serving or steering the organisation
  /// itself) works at `organisation` level. `nil` when its mega-process declares no level.
  func organisationLevel(ofMegaprocess megaprocessID: String?) -> OrganisationLevel? {
    guard let megaprocessID else { return .organisation }
    guard let position = index.megaprocesses[megaprocessID] else { return nil }
    return graph.megaprocesses[position].level
  }

  /// Whether a role is a patient partner (`kind patient_partner`).
  func isPatientPartner(_ roleID: String) -> Bool { roleKind(roleID) == .patient_partner }

  /// Whether a role is a patient, a family member or carer, or a patient partner.
  func isPatientSide(_ roleID: String) -> Bool { roleKind(roleID)?.isPatientSide ?? false }

  /// Whether a role is the patient or their family (`kind patient` or `kind family`).
  func isPatientOrFamily(_ roleID: String) -> Bool {
    let kind = roleKind(roleID)
    return kind == .patient || kind == .family
  }

  /// Where a finding about the whole model points: the organisation's id, else the first
  /// mega-process's id; `nil` when the model has neither (the runner then gives it one).
  var modelWideRange: SourceRange? {
    graph.organisation?.syntax.id.range ?? graph.megaprocesses.first?.syntax.id.range
  }

  /// Whether the process at a position, or any of its nodes, carries a tag.
  func hasTagOnProcessOrNode(_ tag: Tag, processAt position: Int) -> Bool {
    if graph.processes[position].tags.contains(tag) { return true }
    let nodes = graph.processes[position].nodes
    return nodes.indices.contains { nodes[$0].tags.contains(tag) }
  }
}

extension Process {
  /// The range of the process's id in its declaration.
  var idRange: SourceRange { syntax.id.range }

  /// The range of a tag word on the process (`tags incident`), or the process id when absent.
  func tagRange(_ tag: Tag) -> SourceRange {
    syntax.tags?.value.first { $0.value == tag }?.range ?? idRange
  }
}

extension Node {
  var idRange: SourceRange { syntax.id.range }

  /// The range of the performer naming a role (`partner` in `by partner x2`), else the node id.
  func performerRange(_ roleID: String) -> SourceRange {
    syntax.performers.first { $0.role.description == roleID }?.range ?? idRange
  }
}

extension ProcessMap {
  /// Which nodes a forward walk from `sources` reaches; a node for which `stopsAt` holds is
  /// reached but not walked past.
  func reached(from sources: [Int], stoppingAt stopsAt: (Int) -> Bool = { _ in false }) -> [Bool] {
    var seen = Array(repeating: false, count: nodeCount)
    var pending: [Int] = []
    for source in sources where !seen[source] {
      seen[source] = true
      pending.append(source)
    }
    while let position = pending.popLast() {
      if stopsAt(position) { continue }
      for next in successors(of: position) where !seen[next] {
        seen[next] = true
        pending.append(next)
      }
    }
    return seen
  }

  /// The decisions that are the last decision on some path to a way out (an end event or a
  /// hand-over to another process): walking back from every way out, the first decision met.
  func finalDecisions(_ nodes: [Node]) -> [Int] {
    var seen = Array(repeating: false, count: nodeCount)
    var pending: [Int] = []
    for position in 0..<nodeCount where nodes[position].kind == .end || handsOver[position] {
      seen[position] = true
      pending.append(position)
    }
    var isFinal = Array(repeating: false, count: nodeCount)
    while let position = pending.popLast() {
      if nodes[position].kind == .decision {
        isFinal[position] = true
        continue
      }
      for previous in predecessors(of: position) where !seen[previous] {
        seen[previous] = true
        pending.append(previous)
      }
    }
    return (0..<nodeCount).filter { isFinal[$0] }
  }
}
