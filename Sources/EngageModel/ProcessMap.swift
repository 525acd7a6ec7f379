import EngageLanguage

/// The adjacency of one process map: for every node the flows that leave it and the nodes it
/// leads to and comes from, by position in `Process.nodes` and `Process.flows`. Rules build it
/// once per process and run; views use it to place nodes. Every query is linear in the map's
/// nodes and flows.
public struct ProcessMap: Sendable {
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

  /// Compressed adjacency: the flows leaving node `n` are
  /// `outgoingFlows[outgoingStart[n]..<outgoingStart[n + 1]]`, and `successorNodes` holds the
  /// node positions they lead to (hand-overs left out); likewise for the nodes leading into each.
  /// (Inlinable, like the queries that read it: rules in other modules call them in their
  /// innermost loops.)
  @usableFromInline let outgoingStart: [Int]
  @usableFromInline let outgoingFlows: [Int]
  @usableFromInline let successorStart: [Int]
  @usableFromInline let successorNodes: [Int]
  @usableFromInline let predecessorStart: [Int]
  @usableFromInline let predecessorNodes: [Int]

  /// Builds the adjacency of the process at `position` in `processes`.
  public init(processes: [Process], position: Int) {
    self.init(nodes: processes[position].nodes, flows: processes[position].flows)
  }

  /// Builds the adjacency of one process.
  public init(_ process: Process) {
    self.init(nodes: process.nodes, flows: process.flows)
  }

  /// Nodes and flows are read in place by index: copying them (each holds its syntax) would cost
  /// more than the whole analysis on large models.
  private init(nodes: [Node], flows: [Flow]) {
    var positions: [String: Int] = [:]
    positions.reserveCapacity(nodes.count)
    var starts: [Int] = []
    var ends: [Int] = []
    for index in nodes.indices {
      if positions[nodes[index].id] == nil { positions[nodes[index].id] = index }
      switch nodes[index].kind {
      case .start: starts.append(index)
      case .end: ends.append(index)
      case .step, .decision: break
      }
    }
    var handsOver = [Bool](repeating: false, count: nodes.count)
    var sources = [Int?](repeating: nil, count: flows.count)
    var targets = [Int?](repeating: nil, count: flows.count)
    var outDegree = [Int](repeating: 0, count: nodes.count + 1)
    var inDegree = [Int](repeating: 0, count: nodes.count + 1)
    for flowIndex in flows.indices {
      let source = positions[flows[flowIndex].from]
      switch flows[flowIndex].to {
      case .node(let id): targets[flowIndex] = positions[id]
      case .process: if let source { handsOver[source] = true }
      }
      sources[flowIndex] = source
      if let source { outDegree[source + 1] += 1 }
      if let target = targets[flowIndex] { inDegree[target + 1] += 1 }
    }
    for index in nodes.indices {
      outDegree[index + 1] += outDegree[index]
      inDegree[index + 1] += inDegree[index]
    }
    var outgoingFlows = [Int](repeating: 0, count: outDegree[nodes.count])
    var incomingFlows = [Int](repeating: 0, count: inDegree[nodes.count])
    var nextOut = outDegree
    var nextIn = inDegree
    for flowIndex in flows.indices {
      if let source = sources[flowIndex] {
        outgoingFlows[nextOut[source]] = flowIndex
        nextOut[source] += 1
      }
      if let target = targets[flowIndex] {
        incomingFlows[nextIn[target]] = flowIndex
        nextIn[target] += 1
      }
    }
    var successorStart = [Int](repeating: 0, count: nodes.count + 1)
    var successorNodes: [Int] = []
    successorNodes.reserveCapacity(outgoingFlows.count)
    for index in nodes.indices {
      for slot in outDegree[index]..<outDegree[index + 1] {
        if let target = targets[outgoingFlows[slot]] { successorNodes.append(target) }
      }
      successorStart[index + 1] = successorNodes.count
    }
    var predecessorStart = [Int](repeating: 0, count: nodes.count + 1)
    var predecessorNodes: [Int] = []
    predecessorNodes.reserveCapacity(incomingFlows.count)
    for index in nodes.indices {
      for slot in inDegree[index]..<inDegree[index + 1] {
        if let source = sources[incomingFlows[slot]] { predecessorNodes.append(source) }
      }
      predecessorStart[index + 1] = predecessorNodes.count
    }
    flowSources = sources
    flowTargets = targets
    self.starts = starts
    self.ends = ends
    self.handsOver = handsOver
    outgoingStart = outDegree
    self.outgoingFlows = outgoingFlows
    self.successorStart = successorStart
    self.successorNodes = successorNodes
    self.predecessorStart = predecessorStart
    self.predecessorNodes = predecessorNodes
  }

  /// The number of nodes in the map.
  @inlinable
  public var nodeCount: Int { handsOver.count }

  /// The positions (in `Process.flows`) of the flows leaving a node, in source order.
  @inlinable
  public func outgoing(of node: Int) -> ArraySlice<Int> {
    outgoingFlows[outgoingStart[node]..<outgoingStart[node + 1]]
  }

  /// The nodes a node's flows lead to, within the process.
  @inlinable
  public func successors(of node: Int) -> ArraySlice<Int> {
    successorNodes[successorStart[node]..<successorStart[node + 1]]
  }

  /// The nodes whose flows lead into a node.
  @inlinable
  public func predecessors(of node: Int) -> ArraySlice<Int> {
    predecessorNodes[predecessorStart[node]..<predecessorStart[node + 1]]
  }

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

  private func breadthFirst(from roots: [Int], next: (Int) -> ArraySlice<Int>) -> [Bool] {
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
