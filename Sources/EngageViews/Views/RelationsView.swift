import EngageLanguage
import EngageModel

/// The internal market: supplier → client processes with products and requirements on the
/// edges, and inputs without a supplier highlighted.
public enum RelationsView {
  public static func make(_ graph: ProcessGraph, options: ViewOptions = ViewOptions()) -> ViewGraph {
    make(lookup: ModelLookup(graph), options: options)
  }

  static func make(lookup: ModelLookup, options: ViewOptions) -> ViewGraph {
    let graph = lookup.graph
    let links = lookup.marketLinks
    var unmet: [(process: Process, input: Input)] = []
    for process in graph.processes {
      for input in process.inputs where input.supplier == nil { unmet.append((process, input)) }
    }
    var involved = Set<String>()
    for link in links {
      involved.insert(link.supplier)
      involved.insert(link.client)
    }
    for entry in unmet { involved.insert(entry.process.id) }

    let relationCount = graph.relations.count
    var titleLines = [
      "Supplier → client processes. \(relationCount == 1 ? "1 relation" : "\(relationCount) relations"), "
        + "\(unmet.count == 1 ? "1 input" : "\(unmet.count) inputs") without a supplier."
    ]
    let uninvolved = graph.processes.count - involved.count
    if uninvolved > 0 {
      titleLines.append(
        "\(uninvolved) process\(uninvolved == 1 ? "" : "es") with no supplier or client process not shown. "
          + "Inputs from and outputs to external clients: see each process map.")
    }
    var view = ViewStyle.graph(
      name: "relations",
      titleMarkup: ViewStyle.title((graph.organisation?.title ?? "Model") + " — internal market", titleLines),
      rankdir: "TB")
    view.graphAttributes.set("ranksep", "0.7")

    var placed = Set<String>()
    for megaprocess in graph.megaprocesses {
      let members = megaprocess.processes.compactMap(lookup.process).filter { involved.contains($0.id) }
      guard !members.isEmpty else { continue }
      var cluster = ViewStyle.cluster(
        id: ViewIds.cluster("megaprocess", megaprocess.id),
        labelMarkup: "<B>" + HTMLText.wrapped(megaprocess.title, width: 30) + "</B>", fill: Theme.megaprocessClusterFill,
        svgId: ViewIds.svg("megaprocess", megaprocess.id))
      for process in members {
        cluster.nodes.append(node(process, lookup: lookup, options: options))
        placed.insert(process.id)
      }
      view.subgraphs.append(cluster)
    }
    for process in graph.processes where involved.contains(process.id) && !placed.contains(process.id) {
      view.nodes.append(node(process, lookup: lookup, options: options))
    }

    for link in links { view.edges.append(edge(link, lookup: lookup)) }
    for entry in unmet {
      var attributes = DOTAttributes()
      attributes.set("shape", "note")
      attributes.set("style", "filled")
      attributes.set("fillcolor", Theme.problemFill)
      attributes.set("color", Theme.problemColour)
      attributes.set("penwidth", "2")
      attributes.label(
        "<FONT COLOR=\"\(Theme.problemColour)\"><B>⚠ unmet input</B></FONT><BR/>" + HTMLText.wrapped(entry.input.title, width: 22)
          + "<BR/>" + Labels.small("no supplier named"))
      attributes.set("tooltip", Labels.tooltip("Unmet input: " + entry.input.title, entry.input.description))
      attributes.set("id", ViewIds.svg("unmet", entry.process.id + "-" + entry.input.id))
      let id = "unmet:\(entry.process.id).\(entry.input.id)"
      view.nodes.append(ViewNode(id: id, attributes: attributes))
      var edge = DOTAttributes()
      edge.set("color", Theme.problemColour)
      edge.set("style", "dashed")
      edge.set("penwidth", "1.6")
      view.edges.append(ViewEdge(from: id, to: ViewIds.process(entry.process.id), attributes: edge))
    }

    var legend = Legend()
    for kind in Theme.bandOrder {
      legend.add(fill: Theme.processFill(kind), border: Theme.edgeColour, "\(kind.rawValue) process")
    }
    legend.add(swatch: "<B>→</B>", "relation (solid): product, requirements, measures")
    legend.add(swatch: "⇢", "input taken from another process without a relation (dashed)")
    legend.add(swatch: "⚠", fill: Theme.problemFill, border: Theme.problemColour, "unmet input: no supplier")
    view.nodes.append(legend.node(id: "legend"))
    return view
  }

  /// The inputs taken from another process's output that no relation covers (the map's dashed
  /// edges), in the map's order: supplier process, its output, client process.
  public static func inputsWithoutRelation(_ graph: ProcessGraph) -> [(supplier: String, output: String, client: String)] {
    ModelLookup(graph).marketLinks.compactMap { link in
      guard link.relation == nil, let output = link.output else { return nil }
      return (link.supplier, output, link.client)
    }
  }

  private static func node(_ process: Process, lookup: ModelLookup, options: ViewOptions) -> ViewNode {
    var noStatus = options
    noStatus.snapshot = nil
    return ProcessNodes.node(process, lookup: lookup, options: noStatus, linkPrefix: "process/")
  }

  /// The edge for an internal-market link: a relation solid, labelled with its title, product,
  /// requirements and measure count; an input without a relation dashed, labelled with the output.
  private static func edge(_ link: MarketLink, lookup: ModelLookup) -> ViewEdge {
    var attributes = DOTAttributes()
    if let relation = link.relation {
      var markup = "<B>" + HTMLText.wrapped(relation.title, width: 26) + "</B>"
      if let product = relation.product { markup += "<BR/>" + HTMLText.wrapped("Product: " + product, width: 30) }
      for requirement in relation.requirements { markup += "<BR/>" + HTMLText.wrapped("• " + requirement, width: 30) }
      if !relation.measures.isEmpty {
        markup += "<BR/>" + HTMLText.escape(relation.measures.count == 1 ? "1 measure" : "\(relation.measures.count) measures")
      }
      attributes.label(Labels.small(markup, colour: Theme.ink))
      attributes.set("penwidth", "1.6")
      attributes.set("tooltip", Labels.tooltip(relation.title, relation.product, relation.description))
    } else {
      let output = lookup.outputTitle(of: link) ?? link.output ?? ""
      attributes.label(Labels.small(HTMLText.wrapped(output, width: 22) + "<BR/><I>no relation declared</I>"))
      attributes.set("style", "dashed")
      attributes.set("tooltip", output)
    }
    return ViewEdge(from: ViewIds.process(link.supplier), to: ViewIds.process(link.client), attributes: attributes)
  }
}
