import CGraphviz
import EngageViews
import Foundation

extension Graphviz {
  /// Lays `dot` out with the `dot` engine and returns the boxes it gave every node and cluster,
  /// without rendering: the layout `LaneBands` places lanes from.
  ///
  /// Runs under the same process-wide lock as `render`, frees everything on every path, and
  /// throws Graphviz's own message when the text does not parse or cannot be laid out.
  public static func layout(dot: String) throws -> MeasuredLayout {
    let outcome = GraphvizSession.run { messages -> Result<MeasuredLayout, GraphvizError> in
      layoutLocked(dot: dot, messages: messages)
    }
    return try outcome.value.get()
  }

  /// Lays `dot` out like `layout(dot:)` (honouring a `layout` graph attribute such as the `nop2`
  /// of a `LaneBands` map) and also returns the drawing's bounds and every edge's route: what a
  /// diagram in another notation (BPMN DI) is drawn from. Edges are identified by their `id`
  /// attribute; edges without one are left out.
  public static func routedLayout(dot: String) throws -> RoutedLayout {
    let outcome = GraphvizSession.run { messages -> Result<RoutedLayout, GraphvizError> in
      layoutLocked(dot: dot, messages: messages, routingEdges: true)
    }
    return try outcome.value.get()
  }

  private static func layoutLocked(dot: String, messages: GraphvizMessages) -> Result<MeasuredLayout, GraphvizError> {
    layoutLocked(dot: dot, messages: messages, routingEdges: false).map(\.measured)
  }

  private static func layoutLocked(
    dot: String, messages: GraphvizMessages, routingEdges: Bool
  ) -> Result<RoutedLayout, GraphvizError> {
    withLaidOutGraph(dot: dot, messages: messages, measurementsFromMemory: true) { context, graph in
      // The `dot` renderer writes the layout into the graph's attributes (pos, width, height, bb).
      var data: UnsafeMutablePointer<CChar>?
      var length: UInt32 = 0
      let renderStatus = gvRenderData(context, graph, "dot", &data, &length)
      if let data { gvFreeRenderData(data) }
      if renderStatus != 0 || messages.hasErrors {
        return .failure(messages.failure(orElse: "Graphviz could not report the layout"))
      }

      var nodes: [String: MeasuredBox] = [:]
      var node = agfstnode(graph)
      while let current = node {
        if let name = text(agnameof(current)),
          let centre = numbers(attribute(current, "pos")), centre.count >= 2,
          let width = numbers(attribute(current, "width"))?.first,
          let height = numbers(attribute(current, "height"))?.first
        {
          let halfWidth = width * 36
          let halfHeight = height * 36
          nodes[name] = MeasuredBox(
            minX: centre[0] - halfWidth, minY: centre[1] - halfHeight,
            maxX: centre[0] + halfWidth, maxY: centre[1] + halfHeight)
        }
        node = agnxtnode(graph, current)
      }

      var clusters: [String: MeasuredBox] = [:]
      collectClusters(of: graph, into: &clusters)
      let measured = MeasuredLayout(nodes: nodes, clusters: clusters)
      guard routingEdges else { return .success(RoutedLayout(measured: measured, bounds: nil, edges: [:])) }
      return .success(RoutedLayout(measured: measured, bounds: box(attribute(graph, "bb")), edges: routedEdges(of: graph)))
    }
  }

  private static func routedEdges(of graph: UnsafeMutablePointer<Agraph_t>) -> [String: RoutedEdge] {
    var edges: [String: RoutedEdge] = [:]
    var node = agfstnode(graph)
    while let current = node {
      var edge = agfstout(graph, current)
      while let routed = edge {
        let object = UnsafeMutableRawPointer(routed)
        if let id = attribute(object, "id"), var route = spline(attribute(object, "pos")) {
          route.labelCentre = numbers(attribute(object, "lp")).flatMap { $0.count >= 2 ? MeasuredPoint(x: $0[0], y: $0[1]) : nil }
          edges[id] = route
        }
        edge = agnxtout(graph, routed)
      }
      node = agnxtnode(graph, current)
    }
    return edges
  }

  /// The route in an edge's `pos` ("e,x,y s,x,y x1,y1 x2,y2 …", first spline only).
  private static func spline(_ value: String?) -> RoutedEdge? {
    guard let first = value?.split(separator: ";").first else { return nil }
    var start: MeasuredPoint?
    var end: MeasuredPoint?
    var points: [MeasuredPoint] = []
    for token in first.split(separator: " ") {
      var text = Substring(token)
      var marker: Character?
      if text.hasPrefix("e,") || text.hasPrefix("s,") {
        marker = text.first
        text = text.dropFirst(2)
      }
      guard let parts = numbers(String(text)), parts.count == 2 else { return nil }
      let point = MeasuredPoint(x: parts[0], y: parts[1])
      switch marker {
      case "e": end = point
      case "s": start = point
      default: points.append(point)
      }
    }
    guard !points.isEmpty else { return nil }
    return RoutedEdge(start: start, spline: points, end: end)
  }

  private static func collectClusters(of graph: UnsafeMutablePointer<Agraph_t>, into clusters: inout [String: MeasuredBox]) {
    var subgraph = agfstsubg(graph)
    while let current = subgraph {
      if let name = text(agnameof(current)), name.hasPrefix("cluster"), let bounds = box(attribute(current, "bb")) {
        clusters[name] = bounds
      }
      collectClusters(of: current, into: &clusters)
      subgraph = agnxtsubg(current)
    }
  }

  private static func attribute(_ object: UnsafeMutableRawPointer, _ name: String) -> String? {
    name.withCString { cName in
      text(agget(object, UnsafeMutablePointer(mutating: cName)))
    }
  }

  private static func attribute(_ object: UnsafeMutablePointer<Agraph_t>, _ name: String) -> String? {
    attribute(UnsafeMutableRawPointer(object), name)
  }

  private static func attribute(_ object: UnsafeMutablePointer<Agnode_t>, _ name: String) -> String? {
    attribute(UnsafeMutableRawPointer(object), name)
  }

  private static func text(_ pointer: UnsafeMutablePointer<CChar>?) -> String? {
    guard let pointer else { return nil }
    let value = String(cString: pointer)
    return value.isEmpty ? nil : value
  }

  /// The numbers of a comma-separated attribute value such as "12.5,40" (a trailing "!" ignored).
  private static func numbers(_ value: String?) -> [Double]? {
    guard let value else { return nil }
    let parts = value.split(separator: ",").map { Double($0.trimmingCharacters(in: ["!", " "])) }
    guard !parts.isEmpty, parts.allSatisfy({ $0 != nil }) else { return nil }
    return parts.compactMap { $0 }
  }

  private static func box(_ value: String?) -> MeasuredBox? {
    guard let parts = numbers(value), parts.count == 4 else { return nil }
    return MeasuredBox(minX: parts[0], minY: parts[1], maxX: parts[2], maxY: parts[3])
  }
}

/// A point of a layout (points, y growing upwards, as Graphviz reports).
public struct MeasuredPoint: Sendable, Hashable {
  public var x: Double
  public var y: Double
  public init(x: Double, y: Double) {
    self.x = x
    self.y = y
  }
}

/// How Graphviz routed one edge, from tail to head: the tip of an arrow at the tail (`s`), the
/// cubic B-spline's points (1 + 3n), the tip of the arrow at the head (`e`), and the centre of
/// the edge's label.
public struct RoutedEdge: Sendable, Hashable {
  public var start: MeasuredPoint?
  public var spline: [MeasuredPoint]
  public var end: MeasuredPoint?
  public var labelCentre: MeasuredPoint?
  public init(start: MeasuredPoint?, spline: [MeasuredPoint], end: MeasuredPoint?, labelCentre: MeasuredPoint? = nil) {
    self.start = start
    self.spline = spline
    self.end = end
    self.labelCentre = labelCentre
  }
}

/// A finished layout: node and cluster boxes, the drawing's bounds (`bb`) and the edges' routes
/// by edge `id`; the result of `Graphviz.routedLayout(dot:)`.
public struct RoutedLayout: Sendable, Hashable {
  public var measured: MeasuredLayout
  public var bounds: MeasuredBox?
  public var edges: [String: RoutedEdge]
  public init(measured: MeasuredLayout, bounds: MeasuredBox?, edges: [String: RoutedEdge]) {
    self.measured = measured
    self.bounds = bounds
    self.edges = edges
  }
}
