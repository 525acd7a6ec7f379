/// How many boxes and lines a map may have for EngageMap to hand it to Graphviz, and
/// the size of a process map counted from the model.
///
/// Graphviz 2.43 lays a process map out twice (`dot` for the lanes, then `neato -n2` routing
/// every edge around every box), and the second pass grows with about the cube of the map: 100
/// steps take seconds, 500 steps minutes, and `dot` itself fails (`trouble in init_rank`) or
/// crashes (a stack overflow) on a few thousand. Larger maps are refused with a message instead
/// (`ViewLimits` in EngageViews checks every view graph before it goes to Graphviz), and the rule
/// EM0110 warns about a process whose map is too large, so that a model `check` accepts without
/// that warning renders. The figures behind each limit are in docs/PERFORMANCE.md, "Map size
/// limits".
public enum MapLimits {
  /// The most a map of one kind may hold.
  public struct Limit: Sendable, Hashable {
    /// Boxes: every node of the map, legend and tables included.
    public let nodes: Int
    /// Lines: every edge, invisible layout edges included.
    public let edges: Int

    public init(nodes: Int, edges: Int) {
      self.nodes = nodes
      self.edges = edges
    }
  }

  /// A process map (`process/<id>`). Swimlanes need no limit of their own: there are never more
  /// than steps, and 196 steps in 196 lanes lay out faster than in 30.
  public static let processMap = Limit(nodes: 200, edges: 400)
  /// A mega-process map (`megaprocess/<id>`), drawn when the landscape is collapsed.
  public static let megaprocessMap = Limit(nodes: 1_000, edges: 2_500)
  /// The landscape: above `--collapse-above` processes it shows one box per mega-process.
  public static let landscape = Limit(nodes: 1_000, edges: 2_500)
  /// The relations view.
  public static let relations = Limit(nodes: 2_000, edges: 4_000)
  /// The measures view.
  public static let measures = Limit(nodes: 4_000, edges: 4_000)
  /// The engagement matrix: one table; `nodes` counts its rows (one per process and mega-process).
  public static let engagement = Limit(nodes: 20_000, edges: 10)

  /// The size of a map as the limits count it.
  public struct Size: Sendable, Hashable {
    public var nodes: Int
    public var edges: Int

    public init(nodes: Int, edges: Int) {
      self.nodes = nodes
      self.edges = edges
    }

    /// The first quantity over `limit`: its name, its count and the limit.
    public func excess(over limit: Limit) -> (quantity: Quantity, count: Int, limit: Int)? {
      if nodes > limit.nodes { return (.nodes, nodes, limit.nodes) }
      if edges > limit.edges { return (.edges, edges, limit.edges) }
      return nil
    }
  }

  /// What a limit counts.
  public enum Quantity: String, Sendable, Hashable {
    case nodes, edges
  }

  /// The size of the map of `process`, from the model, as `ProcessMapView` draws it: a box per
  /// step, event, input, output and process handed over to, a legend, and a table of measures when
  /// it has any; a line per flow, and one from every input to every entry (the start events, or
  /// the first node) and from every exit (the end events, or the last node) to every output.
  public static func processMapSize(of process: Process) -> Size {
    var handedOver = Set<String>()
    for flow in process.flows {
      if case .process(let target) = flow.to { handedOver.insert(target) }
    }
    var starts = 0
    var ends = 0
    for index in process.nodes.indices {
      if process.nodes[index].kind == .start { starts += 1 }
      if process.nodes[index].kind == .end { ends += 1 }
    }
    let entries = starts > 0 ? starts : min(process.nodes.count, 1)
    let exits = ends > 0 ? ends : min(process.nodes.count, 1)
    let nodes = process.nodes.count + process.inputs.count + process.outputs.count + handedOver.count + 1
      + (process.measures.isEmpty ? 0 : 1)
    let edges = process.flows.count + process.inputs.count * entries + process.outputs.count * exits
    return Size(nodes: nodes, edges: edges)
  }
}
