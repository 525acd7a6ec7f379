import EngageLanguage
import EngageModel

/// What every rule sees: the resolved graph and its id index, built once per run.
public struct RuleContext: Sendable {
  public let graph: ProcessGraph
  public let index: ProcessGraphIndex
  /// The adjacency of every process map, parallel to `graph.processes`.
  public let maps: [ProcessMap]

  public init(graph: ProcessGraph) {
    self.graph = graph
    self.index = graph.makeIndex()
    let processes = graph.processes
    self.maps = processes.indices.map { ProcessMap(processes: processes, position: $0) }
  }

  /// The kind of a role id, if the role exists and declares one.
  public func roleKind(_ roleID: String) -> RoleKind? {
    guard let position = index.roles[roleID] else { return nil }
    return graph.roles[position].kind
  }

  /// The mega-process with an id, if the model declares one.
  public func megaprocess(_ id: String) -> Megaprocess? {
    index.megaprocesses[id].map { graph.megaprocesses[$0] }
  }
}
