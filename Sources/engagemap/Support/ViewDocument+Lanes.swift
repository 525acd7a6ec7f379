import EngageGraphviz
import EngageViews

extension ViewDocument {
  /// The DOT to render from the document's emitted DOT text (`dot`): for a map with swimlanes,
  /// the second pass of `LaneBands` over a first `dot` layout (lanes stacked in declared order,
  /// positions fixed for `nop2`); otherwise `dot` unchanged. Throws Graphviz's error when the
  /// first pass fails.
  func renderableDot(dot: String) throws -> String {
    guard LaneBands.hasLanes(graph) else { return dot }
    let layout = try Graphviz.layout(dot: dot)
    let measured = MeasuredLayout(
      nodes: layout.nodes.mapValues(MeasuredBox.init), clusters: layout.clusters.mapValues(MeasuredBox.init))
    return LaneBands.place(graph, measured: measured)?.dot ?? dot
  }
}

extension MeasuredBox {
  init(_ box: GraphvizBox) {
    self.init(minX: box.minX, minY: box.minY, maxX: box.maxX, maxY: box.maxY)
  }
}
