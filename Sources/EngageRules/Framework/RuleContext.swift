import EngageLanguage
import EngageModel

/// What every rule sees: the resolved graph and its id index, built once per run.
public struct RuleContext: Sendable {
  public let graph: ProcessGraph
  public let index: ProcessGraphIndex

  public init(graph: ProcessGraph) {
    self.graph = graph
    self.index = graph.makeIndex()
  }

  /// The kind of a role id, if the role exists and declares one.
  public func roleKind(_ roleID: String) -> RoleKind? {
    guard let position = index.roles[roleID] else { return nil }
    return graph.roles[position].kind
  }

  public func process(_ id: String) -> Process? {
    index.processes[id].map { graph.processes[$0] }
  }

  public func megaprocess(_ id: String) -> Megaprocess? {
    index.megaprocesses[id].map { graph.megaprocesses[$0] }
  }

  public func measure(_ id: String) -> Measure? {
    index.measures[id].map { graph.measures[$0] }
  }
}
