import EngageLanguage

/// Positions of a graph's elements by id, built once so that look-ups stay O(1) on large models.
public struct ProcessGraphIndex: Sendable {
  public let processes: [String: Int]
  public let roles: [String: Int]
  public let clients: [String: Int]
  public let goals: [String: Int]
  public let megaprocesses: [String: Int]
  public let measures: [String: Int]
  public let relations: [String: Int]

  public init(_ graph: ProcessGraph) {
    func positions(_ ids: [String]) -> [String: Int] {
      var result: [String: Int] = [:]
      for (position, id) in ids.enumerated() where result[id] == nil { result[id] = position }
      return result
    }
    processes = positions(graph.processes.map(\.id))
    roles = positions(graph.roles.map(\.id))
    clients = positions(graph.clients.map(\.id))
    goals = positions(graph.goals.map(\.id))
    megaprocesses = positions(graph.megaprocesses.map(\.id))
    measures = positions(graph.measures.map(\.id))
    relations = positions(graph.relations.map(\.id))
  }
}

extension ProcessGraph {
  /// Builds the id index; build it once per graph and pass it around.
  public func makeIndex() -> ProcessGraphIndex { ProcessGraphIndex(self) }
}
