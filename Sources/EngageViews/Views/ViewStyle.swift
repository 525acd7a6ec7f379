/// The graph, node and edge defaults every view starts from.
enum ViewStyle {
  /// A graph with the theme's defaults and a title drawn at the top left.
  static func graph(name: String, titleMarkup: String, rankdir: String) -> ViewGraph {
    var graphAttributes = DOTAttributes()
    graphAttributes.set("rankdir", rankdir)
    graphAttributes.set("fontname", Theme.fontName)
    graphAttributes.set("fontsize", Theme.fontSize)
    graphAttributes.set("fontcolor", Theme.ink)
    graphAttributes.set("labelloc", "t")
    graphAttributes.set("labeljust", "l")
    graphAttributes.set("newrank", "true")
    graphAttributes.set("compound", "true")
    graphAttributes.set("nodesep", "0.3")
    graphAttributes.set("ranksep", "0.45")
    graphAttributes.set("pad", "0.3")
    graphAttributes.set("bgcolor", Theme.canvas)
    graphAttributes.set("id", "view-" + name)
    graphAttributes.label(titleMarkup)

    var nodeDefaults = DOTAttributes()
    nodeDefaults.set("fontname", Theme.fontName)
    nodeDefaults.set("fontsize", Theme.fontSize)
    nodeDefaults.set("fontcolor", Theme.ink)
    nodeDefaults.set("shape", "box")
    nodeDefaults.set("style", "rounded,filled")
    nodeDefaults.set("fillcolor", Theme.canvas)
    nodeDefaults.set("color", Theme.edgeColour)
    nodeDefaults.set("margin", "0.12,0.06")

    var edgeDefaults = DOTAttributes()
    edgeDefaults.set("fontname", Theme.fontName)
    edgeDefaults.set("fontsize", Theme.smallFontSize)
    edgeDefaults.set("fontcolor", Theme.mutedInk)
    edgeDefaults.set("color", Theme.edgeColour)
    edgeDefaults.set("arrowsize", "0.7")

    return ViewGraph(
      name: name, graphAttributes: graphAttributes, nodeDefaults: nodeDefaults,
      edgeDefaults: edgeDefaults)
  }

  /// A view title: big bold first line, smaller lines under it.
  static func title(_ title: String, _ lines: [String]) -> String {
    var markup = "<FONT POINT-SIZE=\"\(Theme.titleFontSize)\"><B>\(HTMLText.escape(title))</B></FONT>"
    for line in lines where !line.isEmpty {
      markup += "<BR ALIGN=\"LEFT\"/>" + HTMLText.wrapped(line, width: 110, breakAlign: "LEFT")
    }
    return markup + "<BR ALIGN=\"LEFT\"/>"
  }

  /// A cluster with a left-aligned label and a fill.
  static func cluster(id: String, labelMarkup: String, fill: String, pen: String = Theme.clusterPen, svgId: String) -> ViewSubgraph {
    var attributes = DOTAttributes()
    attributes.label(labelMarkup)
    attributes.set("labeljust", "l")
    attributes.set("style", "rounded,filled")
    attributes.set("fillcolor", fill)
    attributes.set("color", pen)
    attributes.set("margin", "12")
    attributes.set("id", svgId)
    return ViewSubgraph(id: id, attributes: attributes)
  }

  /// An invisible edge that only orders the layout.
  static func invisibleEdge(_ from: String, _ to: String) -> ViewEdge {
    var attributes = DOTAttributes()
    attributes.set("style", "invis")
    return ViewEdge(from: from, to: to, attributes: attributes)
  }

  /// A `rank=same` group of existing nodes.
  static func sameRank(id: String, _ members: [String], rank: String = "same") -> ViewSubgraph {
    var attributes = DOTAttributes()
    attributes.set("rank", rank)
    return ViewSubgraph(id: id, attributes: attributes, memberIds: members)
  }
}
