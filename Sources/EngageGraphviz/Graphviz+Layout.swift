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

  private static func layoutLocked(dot: String, messages: GraphvizMessages) -> Result<MeasuredLayout, GraphvizError> {
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
      return .success(MeasuredLayout(nodes: nodes, clusters: clusters))
    }
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
