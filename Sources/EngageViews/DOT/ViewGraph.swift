/// A value of a DOT attribute: plain text (emitted as a quoted, escaped string) or an HTML-like
/// label (emitted between `<` and `>`; build it with `HTMLText` so user text is escaped).
public enum DOTValue: Sendable, Hashable {
  case text(String)
  case html(String)
}

/// A set of DOT attributes; always emitted sorted by name, so the order they were set in never
/// reaches the output.
public struct DOTAttributes: Sendable, Hashable {
  public private(set) var values: [String: DOTValue] = [:]

  public init(_ values: [String: DOTValue] = [:]) { self.values = values }

  public subscript(name: String) -> DOTValue? {
    get { values[name] }
    set { values[name] = newValue }
  }

  /// Sets a plain-text attribute.
  public mutating func set(_ name: String, _ text: String) { values[name] = .text(text) }

  /// The attributes sorted by name.
  public var sorted: [(name: String, value: DOTValue)] {
    values.keys.sorted().compactMap { name in values[name].map { (name, $0) } }
  }

  public var isEmpty: Bool { values.isEmpty }
}

/// A node of a view graph.
public struct ViewNode: Sendable, Hashable {
  /// The DOT node id; stable across runs (derived from model ids).
  public var id: String
  public var attributes: DOTAttributes
  public init(id: String, attributes: DOTAttributes = DOTAttributes()) {
    self.id = id
    self.attributes = attributes
  }
}

/// An edge of a view graph.
public struct ViewEdge: Sendable, Hashable {
  public var from: String
  public var to: String
  public var attributes: DOTAttributes
  public init(from: String, to: String, attributes: DOTAttributes = DOTAttributes()) {
    self.from = from
    self.to = to
    self.attributes = attributes
  }
}

/// A subgraph: a cluster (drawn as a box) when its id starts with `cluster`, otherwise a
/// grouping used for ranking (`rank=same`).
public struct ViewSubgraph: Sendable, Hashable {
  public var id: String
  public var attributes: DOTAttributes
  public var nodes: [ViewNode]
  public var subgraphs: [ViewSubgraph]
  /// Ids of nodes declared elsewhere that this subgraph ranks (for `rank=same` groups).
  public var memberIds: [String]

  public init(
    id: String, attributes: DOTAttributes = DOTAttributes(), nodes: [ViewNode] = [],
    subgraphs: [ViewSubgraph] = [], memberIds: [String] = []
  ) {
    self.id = id
    self.attributes = attributes
    self.nodes = nodes
    self.subgraphs = subgraphs
    self.memberIds = memberIds
  }

  /// Every node id declared in this subgraph or its descendants.
  public var allNodeIds: [String] {
    nodes.map(\.id) + subgraphs.flatMap(\.allNodeIds)
  }
}

/// A view of the model as a graph: what one diagram shows, before it becomes DOT text.
public struct ViewGraph: Sendable, Hashable {
  /// The graph's name; never empty (an anonymous graph puts a counter into the SVG).
  public var name: String
  public var graphAttributes: DOTAttributes
  public var nodeDefaults: DOTAttributes
  public var edgeDefaults: DOTAttributes
  public var nodes: [ViewNode]
  public var subgraphs: [ViewSubgraph]
  public var edges: [ViewEdge]

  public init(
    name: String, graphAttributes: DOTAttributes = DOTAttributes(),
    nodeDefaults: DOTAttributes = DOTAttributes(), edgeDefaults: DOTAttributes = DOTAttributes(),
    nodes: [ViewNode] = [], subgraphs: [ViewSubgraph] = [], edges: [ViewEdge] = []
  ) {
    self.name = name
    self.graphAttributes = graphAttributes
    self.nodeDefaults = nodeDefaults
    self.edgeDefaults = edgeDefaults
    self.nodes = nodes
    self.subgraphs = subgraphs
    self.edges = edges
  }

  /// Every node declared in the graph, top level first, then subgraphs depth-first.
  public var allNodes: [ViewNode] {
    func collect(_ subgraph: ViewSubgraph) -> [ViewNode] {
      subgraph.nodes + subgraph.subgraphs.flatMap(collect)
    }
    return nodes + subgraphs.flatMap(collect)
  }

  /// The DOT text of the graph.
  public var dot: String { DOTEmitter.emit(self) }
}
