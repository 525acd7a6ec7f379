import EngageGraphviz
import EngageViews

extension ViewDocument {
  /// The DOT to render: for a map with swimlanes, the second pass of `LaneBands` over a first
  /// `dot` layout (lanes stacked in declared order, positions fixed for `nop2`); otherwise the
  /// view's DOT unchanged. Throws Graphviz's error when the first pass fails.
  func renderableDot() throws -> String {
    try renderableDot(dot: dot)
  }

  /// `renderableDot()` for a document whose DOT text (`dot`) is already emitted.
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
