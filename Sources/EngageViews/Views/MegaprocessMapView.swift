import EngageLanguage
import EngageModel

/// The full map of one mega-process (or of the top-level processes of one band), used when the
/// landscape is collapsed: its processes in columns, internal-market links among them, and
/// link nodes for the processes outside it that it trades with.
public enum MegaprocessMapView {
  /// The document id of the top-level processes of a band (never a model id: it has a `-`).
  public static func looseId(_ band: ProcessKind) -> String { "toplevel-\(band.rawValue)" }

  /// The map of mega-process `id`, or `nil` when the model has no such mega-process.
  public static func make(_ graph: ProcessGraph, megaprocess id: String, options: ViewOptions = ViewOptions()) -> ViewGraph? {
    make(megaprocess: id, lookup: ModelLookup(graph), options: options)
  }

  static func make(megaprocess id: String, lookup: ModelLookup, options: ViewOptions) -> ViewGraph? {
    guard let megaprocess = lookup.megaprocess(id) else { return nil }
    let (cluster, _) = LandscapeView.megaprocessCluster(megaprocess, lookup: lookup, options: options, linkPrefix: "../process/")
    return make(
      name: "megaprocess-" + megaprocess.id, title: megaprocess.title, cluster: cluster,
      processes: megaprocess.processes.compactMap(lookup.process), lookup: lookup, options: options)
  }

  /// The map of the processes of `band` that belong to no mega-process.
  public static func makeLoose(_ graph: ProcessGraph, band: ProcessKind, options: ViewOptions = ViewOptions()) -> ViewGraph? {
    makeLoose(band: band, lookup: ModelLookup(graph), options: options)
  }

  static func makeLoose(band: ProcessKind, lookup: ModelLookup, options: ViewOptions) -> ViewGraph? {
    let processes = lookup.topLevelProcesses.filter { ($0.kind ?? .main) == band }
    guard !processes.isEmpty else { return nil }
    var cluster = ViewStyle.cluster(
      id: ViewIds.cluster("band", band.rawValue), labelMarkup: "<B>\(HTMLText.escape(Theme.bandTitle(band)))</B>",
      fill: Theme.bandFill(band), svgId: ViewIds.svg("band", band.rawValue))
    for process in processes {
      cluster.nodes.append(ProcessNodes.node(process, lookup: lookup, options: options, linkPrefix: "../process/"))
    }
    return make(
      name: "megaprocess-" + looseId(band), title: "Other \(band.rawValue) processes", cluster: cluster,
      processes: processes, lookup: lookup, options: options)
  }

  private static func make(
    name: String, title: String, cluster: ViewSubgraph, processes: [Process], lookup: ModelLookup,
    options: ViewOptions
  ) -> ViewGraph {
    var lines = ["\(processes.count) process\(processes.count == 1 ? "" : "es"); processes elsewhere that it trades with are shown as links."]
    if let snapshot = options.snapshot { lines.append("Measure status for \(snapshot.period)") }
    var view = ViewStyle.graph(name: name, titleMarkup: ViewStyle.title(title, lines), rankdir: "TB")
    view.subgraphs.append(cluster)
    let columns = Layout.chunks(processes.map { ViewIds.process($0.id) }, size: 8)
    let rows = Layout.wrapColumns(columns, perRow: 8)
    view.edges.append(contentsOf: rows.edges)

    let inside = Set(processes.map(\.id))
    var outside: [String] = []
    var outsideSeen = Set<String>()
    var key = MarketKey()
    for link in lookup.marketLinks(touching: inside) {
      for end in [link.supplier, link.client] where !inside.contains(end) && outsideSeen.insert(end).inserted {
        outside.append(end)
      }
      view.edges.append(
        key.edge(
          link, from: ViewIds.process(link.supplier), to: ViewIds.process(link.client), lookup: lookup,
          constraint: inside.contains(link.supplier) != inside.contains(link.client)))
    }
    for processId in outside {
      guard let process = lookup.process(processId) else { continue }
      var attributes = DOTAttributes()
      attributes.set("style", "rounded,dashed")
      attributes.set("fillcolor", Theme.plainFill)
      let home = process.megaprocess.flatMap(lookup.megaprocess).map { "in " + $0.title } ?? "outside any mega-process"
      attributes.label(Labels.titled(process.title, lines: [home]))
      attributes.set("URL", "../process/\(process.id).\(options.linkExtension)")
      attributes.set("tooltip", Labels.tooltip(process.title, process.purpose))
      attributes.set("id", ViewIds.svg("process", process.id))
      view.nodes.append(ViewNode(id: ViewIds.process(process.id), attributes: attributes))
    }

    var legend = Legend()
    for kind in Theme.bandOrder {
      legend.add(fill: Theme.processFill(kind), border: Theme.edgeColour, "\(kind.rawValue) process (links to its map)")
    }
    legend.add(swatch: "┄", "process in another mega-process")
    legend.add(swatch: "<B>→</B>", "internal-market relation R1, R2, ... (see the key)")
    legend.add(swatch: "⇢", "input I1, I2, ... taken from another process, no relation declared")
    if let snapshot = options.snapshot { legend.addStatuses(period: snapshot.period) }
    view.nodes.append(legend.node(id: "legend"))
    if let keyNode = key.node(id: "market-key", lookup: lookup) {
      view.nodes.append(keyNode)
      // Below the lowest row: a tall node in a row of processes would stretch that row apart.
      for bottom in rows.bottoms { view.edges.append(ViewStyle.invisibleEdge(bottom, keyNode.id)) }
    }
    return view
  }
}
