import EngageLanguage
import EngageModel

/// EM0104: from every node of a process map some end event (or a hand-over) can be reached.
///
/// The nodes that cannot reach an exit are found by one backward breadth-first search from the
/// end events and hand-overs; among them, the strongly connected components with no flow leaving
/// them (Tarjan, iterative) are reported: each is a dead end or a closed loop, and every other
/// stuck node only leads into one of them. Linear in the map's nodes and flows.
struct EndReachable: Rule {
  let descriptor = RuleDescriptor(
    code: "EM0104",
    name: "end-reachable",
    defaultSeverity: .error,
    title: "From every step some end can be reached (no dead ends, no closed loops)",
    explanation: """
      Every path through a reference process must lead to a result: an end event, or a hand-over \
      to the process that continues the work. A step with no way out is a dead end: the patient \
      or the request waits there forever, which is exactly the kind of dropped hand-off that \
      patient-safety reporting finds. A loop with no exit (review, revise, review, ...) never \
      finishes: give one of its decisions an exit that leads on.
      """,
    source: IntegritySources.bpmn,
    violatingExample: ExampleModel.make(
      nodes: """
            start received "Request received"
            step assess "Assess urgency" by nurse
            decision urgent "Urgent?" by nurse
            step call "Call the patient back" by nurse
            end done "Triaged"
        """,
      flows: """
            received -> assess -> urgent
            urgent -> done when "no"
            urgent -> call when "yes"
        """),
    fixedExample: ExampleModel.make(
      nodes: """
            start received "Request received"
            step assess "Assess urgency" by nurse
            decision urgent "Urgent?" by nurse
            step call "Call the patient back" by nurse
            end done "Triaged"
        """,
      flows: """
            received -> assess -> urgent
            urgent -> done when "no"
            urgent -> call when "yes"
            call -> done
        """)
  )

  func check(_ context: RuleContext) -> [Finding] {
    var findings: [Finding] = []
    let processes = context.graph.processes
    for p in processes.indices {
      let map = context.maps[p]
      if map.ends.isEmpty && !map.handsOver.contains(true) { continue }
      let reachesExit = map.reachesExit()
      guard reachesExit.contains(false) else { continue }
      for component in Self.stuckSinkComponents(map, reachesExit: reachesExit) {
        findings.append(finding(for: component, nodes: processes[p].nodes, process: processes[p].id, map: map))
      }
    }
    return findings
  }

  private func finding(for component: [Int], nodes: [Node], process: String, map: ProcessMap) -> Finding {
    let first = component[0]
    let isLoop = component.count > 1 || map.successors(of: first).contains(first)
    guard isLoop else {
      return Finding(.deadEnd(nodes[first].kind, nodes[first].id, process: process), at: nodes[first].syntax.id.range)
    }
    let members = component.map { nodes[$0].id }
    let notes = component.dropFirst().prefix(10).map { member in
      DiagnosticNote("'\(nodes[member].id)' is part of the loop", at: nodes[member].syntax.id.range)
    }
    return Finding(.closedLoop(members, process: process), at: nodes[first].syntax.id.range, notes: notes)
  }

  /// The strongly connected components of the stuck nodes that no flow leaves, each sorted by
  /// source order, the components ordered by their first node.
  static func stuckSinkComponents(_ map: ProcessMap, reachesExit: [Bool]) -> [[Int]] {
    let count = map.nodeCount
    var order = [Int](repeating: -1, count: count)
    var lowLink = [Int](repeating: 0, count: count)
    var onStack = [Bool](repeating: false, count: count)
    var component = [Int](repeating: -1, count: count)
    var stack: [Int] = []
    var components: [[Int]] = []
    var counter = 0
    // Iterative Tarjan: each frame is a node and the position of the next successor to visit.
    var frames: [(node: Int, next: Int)] = []
    for root in 0..<count where !reachesExit[root] && order[root] < 0 {
      frames.append((root, 0))
      order[root] = counter
      lowLink[root] = counter
      counter += 1
      stack.append(root)
      onStack[root] = true
      while let frame = frames.last {
        let successors = map.successors(of: frame.node)
        if frame.next < successors.count {
          frames[frames.count - 1].next += 1
          let target = successors[successors.startIndex + frame.next]
          guard !reachesExit[target] else { continue }
          if order[target] < 0 {
            order[target] = counter
            lowLink[target] = counter
            counter += 1
            stack.append(target)
            onStack[target] = true
            frames.append((target, 0))
          } else if onStack[target] {
            lowLink[frame.node] = min(lowLink[frame.node], order[target])
          }
          continue
        }
        frames.removeLast()
        if let parent = frames.last {
          lowLink[parent.node] = min(lowLink[parent.node], lowLink[frame.node])
        }
        if lowLink[frame.node] == order[frame.node] {
          var members: [Int] = []
          while let member = stack.popLast() {
            onStack[member] = false
            component[member] = components.count
            members.append(member)
            if member == frame.node { break }
          }
          components.append(members.sorted())
        }
      }
    }
    var isSink = [Bool](repeating: true, count: components.count)
    for node in 0..<count where component[node] >= 0 {
      for successor in map.successors(of: node) where component[successor] != component[node] {
        isSink[component[node]] = false
      }
    }
    return components.indices.filter { isSink[$0] }.map { components[$0] }.sorted { $0[0] < $1[0] }
  }
}

extension Finding.Message {
  fileprivate static func deadEnd(_ kind: StepKind, _ node: String, process: String) -> Finding.Message {
    "\(kind.rawValue) '\(node)' of process '\(process)' is a dead end: no flow leaves it, so no end event can be reached from it; add a flow from it to the next step or to an end event"
  }

  fileprivate static func closedLoop(_ members: [String], process: String) -> Finding.Message {
    let listed = members.prefix(5).map { "'\($0)'" }.joined(separator: ", ") + (members.count > 5 ? ", ..." : "")
    return "steps \(listed) of process '\(process)' form a closed loop that never reaches an end event; give a decision in the loop an exit that leads on to an end event"
  }
}
