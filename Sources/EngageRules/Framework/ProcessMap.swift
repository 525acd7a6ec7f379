import EngageLanguage
import EngageModel

/// The adjacency of one process map, built once per run: node positions by id, and for every
/// node the flows that leave and enter it. Every query is linear in the map's nodes and flows.
public struct ProcessMap: Sendable {
  /// Position of the process in `ProcessGraph.processes`.
  public let processPosition: Int
  /// Node id → position in `Process.nodes` (the first declaration wins).
  public let nodePositions: [String: Int]
  /// For every node, the positions (in `Process.flows`) of the flows leaving it.
  public let outgoing: [[Int]]
  /// For every node, the positions of the flows entering it.
  public let incoming: [[Int]]
  /// For every flow, the position of its source node (`nil` when the id names no node).
  public let flowSources: [Int?]
  /// For every flow, the position of its target node (`nil` for a hand-over or an unknown id).
  public let flowTargets: [Int?]
  /// Positions of the start events, in source order.
  public let starts: [Int]
  /// Positions of the end events, in source order.
  public let ends: [Int]
  /// For every node, whether a flow leaving it hands over to another process.
  public let handsOver: [Bool]

  public init(process: Process, position: Int) {
    processPosition = position
    var positions: [String: Int] = [:]
    positions.reserveCapacity(process.nodes.count)
    var starts: [Int] = []
    var ends: [Int] = []
    for (index, node) in process.nodes.enumerated() {
      if positions[node.id] == nil { positions[node.id] = index }
      switch node.kind {
      case .start: starts.append(index)
      case .end: ends.append(index)
      case .step, .decision: break
      }
    }
    var outgoing = [[Int]](repeating: [], count: process.nodes.count)
    var incoming = [[Int]](repeating: [], count: process.nodes.count)
    var handsOver = [Bool](repeating: false, count: process.nodes.count)
    var sources: [Int?] = []
    var targets: [Int?] = []
    sources.reserveCapacity(process.flows.count)
    targets.reserveCapacity(process.flows.count)
    for (flowIndex, flow) in process.flows.enumerated() {
      let source = positions[flow.from]
      var target: Int?
      switch flow.to {
      case .node(let id): target = positions[id]
      case .process: if let source { handsOver[source] = true }
      }
      sources.append(source)
      targets.append(target)
      if let source { outgoing[source].append(flowIndex) }
      if let target { incoming[target].append(flowIndex) }
    }
    nodePositions = positions
    self.outgoing = outgoing
    self.incoming = incoming
    flowSources = sources
    flowTargets = targets
    self.starts = starts
    self.ends = ends
    self.handsOver = handsOver
  }

  /// The number of nodes in the map.
  public var nodeCount: Int { outgoing.count }

  /// The nodes a node's flows lead to, within the process.
  public func successors(of node: Int) -> [Int] { outgoing[node].compactMap { flowTargets[$0] } }

  /// The nodes whose flows lead into a node.
  public func predecessors(of node: Int) -> [Int] { incoming[node].compactMap { flowSources[$0] } }

  /// For every node, whether some path of flows leads to it from a start event (breadth-first).
  public func reachableFromStarts() -> [Bool] {
    breadthFirst(from: starts) { successors(of: $0) }
  }

  /// For every node, whether some path of flows leads from it to an end event or to a hand-over
  /// to another process (breadth-first search backwards).
  public func reachesExit() -> [Bool] {
    let exits = (0..<nodeCount).filter { handsOver[$0] } + ends
    return breadthFirst(from: exits) { predecessors(of: $0) }
  }

  private func breadthFirst(from roots: [Int], next: (Int) -> [Int]) -> [Bool] {
    var seen = [Bool](repeating: false, count: nodeCount)
    var queue: [Int] = []
    queue.reserveCapacity(nodeCount)
    for root in roots where !seen[root] {
      seen[root] = true
      queue.append(root)
    }
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      for successor in next(node) where !seen[successor] {
        seen[successor] = true
        queue.append(successor)
      }
    }
    return seen
  }
}
