import EngageGraphviz
import EngageViews

extension ViewDocument {
  /// The DOT to render from the document's emitted DOT text (`dot`): for a map with swimlanes,
  /// the second pass of `LaneBands` over a first `dot` layout (lanes stacked in declared order,
  /// positions fixed for `nop2`); otherwise `dot` unchanged. Throws Graphviz's error when the
  /// first pass fails.
  public func renderableDot(dot: String) throws -> String {
    guard LaneBands.hasLanes(graph) else { return dot }
    return LaneBands.place(graph, measured: try Graphviz.layout(dot: dot))?.dot ?? dot
  }
}
