/// Writes a `ViewGraph` as DOT text: a named `digraph`, attributes sorted by name, nodes,
/// subgraphs and edges in the order the view added them, every id and value quoted and escaped.
public enum DOTEmitter {
  public static func emit(_ graph: ViewGraph) -> String {
    var out = "digraph \(DOTEscaping.quoted(graph.name)) {\n"
    appendDefaults("graph", graph.graphAttributes, indent: "  ", to: &out)
    appendDefaults("node", graph.nodeDefaults, indent: "  ", to: &out)
    appendDefaults("edge", graph.edgeDefaults, indent: "  ", to: &out)
    for node in graph.nodes { appendNode(node, indent: "  ", to: &out) }
    for subgraph in graph.subgraphs { appendSubgraph(subgraph, indent: "  ", to: &out) }
    for edge in graph.edges {
      out += "  \(DOTEscaping.quoted(edge.from)) -> \(DOTEscaping.quoted(edge.to))"
      out += attributeList(safeEdgeAttributes(edge.attributes)) + ";\n"
    }
    out += "}\n"
    return out
  }

  /// Graphviz 2.43 corrupts its heap laying out a labelled edge with `constraint=false` that
  /// ends up flat (both ends in one rank); the next layout in the same process then crashes.
  /// Such an edge carries its label as `xlabel`, placed after layout.
  static func safeEdgeAttributes(_ attributes: DOTAttributes) -> DOTAttributes {
    guard attributes["constraint"] == .text("false"), let label = attributes["label"] else { return attributes }
    var safe = attributes
    safe["label"] = nil
    safe["xlabel"] = label
    return safe
  }

  private static func appendDefaults(
    _ keyword: String, _ attributes: DOTAttributes, indent: String, to out: inout String
  ) {
    guard !attributes.isEmpty else { return }
    out += indent + keyword + attributeList(attributes) + ";\n"
  }

  private static func appendNode(_ node: ViewNode, indent: String, to out: inout String) {
    out += indent + DOTEscaping.quoted(node.id) + attributeList(node.attributes) + ";\n"
  }

  private static func appendSubgraph(_ subgraph: ViewSubgraph, indent: String, to out: inout String) {
    out += indent + "subgraph \(DOTEscaping.quoted(subgraph.id)) {\n"
    let inner = indent + "  "
    appendDefaults("graph", subgraph.attributes, indent: inner, to: &out)
    for node in subgraph.nodes { appendNode(node, indent: inner, to: &out) }
    for member in subgraph.memberIds { out += inner + DOTEscaping.quoted(member) + ";\n" }
    for child in subgraph.subgraphs { appendSubgraph(child, indent: inner, to: &out) }
    out += indent + "}\n"
  }

  private static func attributeList(_ attributes: DOTAttributes) -> String {
    guard !attributes.isEmpty else { return "" }
    let items = attributes.sorted.map { name, value in "\(name)=\(DOTEscaping.value(value, attribute: name))" }
    return " [" + items.joined(separator: ", ") + "]"
  }
}
