import EngageLanguage
import EngageMeasures
import EngageModel

/// The organisation's process map: purpose and goals at the top, mega-processes as clusters in
/// management / main / support bands, clients beside them, internal-market links as labelled
/// edges. Above `ViewOptions.collapseThreshold` processes each mega-process is one summary node.
public enum LandscapeView {
  /// The landscape of `graph`.
  public static func make(_ graph: ProcessGraph, options: ViewOptions = ViewOptions()) -> ViewGraph {
    make(lookup: ModelLookup(graph), options: options)
  }

  static func make(lookup: ModelLookup, options: ViewOptions) -> ViewGraph {
    let graph = lookup.graph
    let collapsed = graph.processes.count > options.collapseThreshold
    let organisation = graph.organisation
    var titleLines: [String] = []
    if let purpose = organisation?.purpose { titleLines.append("Purpose: " + purpose) }
    if collapsed {
      titleLines.append("\(graph.processes.count) processes: each mega-process is summarised; open it for its map.")
    }
    if let snapshot = options.snapshot { titleLines.append("Measure status for \(snapshot.period)") }
    var view = ViewStyle.graph(
      name: "landscape", titleMarkup: ViewStyle.title((organisation?.title ?? "Process landscape") + " — process landscape", titleLines),
      rankdir: "TB")

    let goalRow = addPurpose(to: &view, graph: graph, options: options)

    var previousBottoms: [String] = goalRow
    for band in Theme.bandOrder {
      let megaprocesses = graph.megaprocesses.filter { lookup.band(of: $0) == band }
      let loose = lookup.topLevelProcesses.filter { ($0.kind ?? .main) == band }
      guard !megaprocesses.isEmpty || !loose.isEmpty else { continue }
      var bandCluster = ViewStyle.cluster(
        id: ViewIds.cluster("band", band.rawValue),
        labelMarkup: "<B>\(HTMLText.escape(Theme.bandTitle(band)))</B>",
        fill: Theme.bandFill(band), svgId: ViewIds.svg("band", band.rawValue))
      var columns: [[String]] = []
      for megaprocess in megaprocesses {
        if collapsed {
          let node = summaryNode(megaprocess, lookup: lookup, options: options)
          bandCluster.nodes.append(node)
          columns.append([node.id])
        } else {
          let (cluster, column) = megaprocessCluster(
            megaprocess, lookup: lookup, options: options, linkPrefix: "process/",
            mapLink: options.mapsEveryMegaprocess ? "megaprocess/\(megaprocess.id).\(options.linkExtension)" : nil)
          bandCluster.subgraphs.append(cluster)
          columns.append(column)
        }
      }
      if !loose.isEmpty {
        if collapsed {
          let node = looseSummaryNode(band, processes: loose, options: options)
          bandCluster.nodes.append(node)
          columns.append([node.id])
        } else {
          for process in loose {
            let node = ProcessNodes.node(process, lookup: lookup, options: options, linkPrefix: "process/")
            bandCluster.nodes.append(node)
            columns.append([node.id])
          }
        }
      }
      let rows = Layout.wrapColumns(columns, perRow: collapsed ? 6 : 8)
      for edge in rows.edges { view.edges.append(edge) }
      view.subgraphs.append(bandCluster)
      for top in rows.tops {
        for bottom in previousBottoms { view.edges.append(ViewStyle.invisibleEdge(bottom, top)) }
      }
      previousBottoms = rows.bottoms
    }

    addClients(to: &view, graph: graph, below: goalRow)
    let key = addMarketEdges(to: &view, lookup: lookup, collapsed: collapsed)
    addLegend(to: &view, graph: graph, options: options, collapsed: collapsed, key: key, lookup: lookup, below: previousBottoms)
    return view
  }

  /// The organisation and its goals, in a cluster at the top; returns the goal row's ids.
  private static func addPurpose(to view: inout ViewGraph, graph: ProcessGraph, options: ViewOptions) -> [String] {
    guard let organisation = graph.organisation else { return [] }
    var cluster = ViewStyle.cluster(
      id: ViewIds.cluster("purpose", organisation.id), labelMarkup: "<B>Purpose and goals</B>",
      fill: Theme.plainFill, svgId: ViewIds.svg("purpose", organisation.id))
    var organisationAttributes = DOTAttributes()
    var extra: [String] = []
    if let snapshot = options.snapshot, let status = snapshot.organisation {
      organisationAttributes.applyStatus(status)
      extra.append(Labels.status(status))
    }
    organisationAttributes.label(Labels.titled(organisation.title, width: 40, lines: [organisation.purpose ?? ""], extraMarkup: extra))
    organisationAttributes.set("tooltip", Labels.tooltip(organisation.title, organisation.purpose, organisation.description))
    organisationAttributes.set("id", ViewIds.svg("organisation", organisation.id))
    organisationAttributes.set("penwidth", "1.5")
    let organisationId = ViewIds.organisation(organisation.id)
    cluster.nodes.append(ViewNode(id: organisationId, attributes: organisationAttributes))
    var goalIds: [String] = []
    for goal in graph.goals {
      var attributes = DOTAttributes()
      attributes.set("shape", "box")
      attributes.set("style", "filled")
      attributes.set("fillcolor", Theme.goalFill)
      let extra = attributes.applyStatus(from: options.snapshot) { $0.goals[goal.id] }
      attributes.label(Labels.titled(goal.title, width: 20, extraMarkup: extra))
      attributes.set("tooltip", Labels.tooltip(goal.title, goal.description))
      attributes.set("id", ViewIds.svg("goal", goal.id))
      let id = ViewIds.goal(goal.id)
      cluster.nodes.append(ViewNode(id: id, attributes: attributes))
      goalIds.append(id)
      var edge = DOTAttributes()
      edge.set("arrowhead", "none")
      edge.set("color", Theme.clusterPen)
      view.edges.append(ViewEdge(from: organisationId, to: id, attributes: edge))
    }
    view.subgraphs.append(cluster)
    return goalIds.isEmpty ? [organisationId] : goalIds
  }

  /// A mega-process as a cluster of its processes stacked in one column, linked to `mapLink`
  /// (its own map) when one is given.
  static func megaprocessCluster(
    _ megaprocess: Megaprocess, lookup: ModelLookup, options: ViewOptions, linkPrefix: String, mapLink: String? = nil
  ) -> (ViewSubgraph, [String]) {
    var lines: [String] = []
    if let client = megaprocess.client { lines.append("Client: " + lookup.clientTitle(client)) }
    if !megaprocess.goals.isEmpty { lines.append("Goals: " + megaprocess.goals.map(lookup.goalTitle).joined(separator: "; ")) }
    if let level = megaprocess.level { lines.append("Level: " + Labels.word(level.rawValue)) }
    var extra: [String] = []
    var pen = Theme.clusterPen
    if let snapshot = options.snapshot {
      let status = snapshot.megaprocesses[megaprocess.id] ?? .noData
      extra.append(Labels.status(status))
      pen = Theme.status(status).pen
    }
    var cluster = ViewStyle.cluster(
      id: ViewIds.cluster("megaprocess", megaprocess.id),
      labelMarkup: Labels.titled(megaprocess.title, width: 30, lines: lines, extraMarkup: extra),
      fill: Theme.plainFill, pen: pen, svgId: ViewIds.svg("megaprocess", megaprocess.id))
    if options.snapshot != nil { cluster.attributes.set("penwidth", "2") }
    cluster.attributes.set("tooltip", Labels.tooltip(megaprocess.title, megaprocess.description))
    if let mapLink { cluster.attributes.set("URL", mapLink) }
    var column: [String] = []
    for processId in megaprocess.processes {
      guard let process = lookup.process(processId) else { continue }
      let node = ProcessNodes.node(process, lookup: lookup, options: options, linkPrefix: linkPrefix)
      cluster.nodes.append(node)
      column.append(node.id)
    }
    if column.isEmpty {
      var attributes = DOTAttributes()
      attributes.set("shape", "plaintext")
      attributes.set("style", "")
      attributes.label(Labels.small("no processes yet"))
      let id = ViewIds.megaprocess(megaprocess.id) + ":empty"
      cluster.nodes.append(ViewNode(id: id, attributes: attributes))
      column.append(id)
    }
    return (cluster, column)
  }

  /// A collapsed mega-process: its title, process counts by kind, linked to its own map.
  private static func summaryNode(_ megaprocess: Megaprocess, lookup: ModelLookup, options: ViewOptions) -> ViewNode {
    let processes = megaprocess.processes.compactMap(lookup.process)
    var lines = [countLine(processes)]
    if let client = megaprocess.client { lines.append("Client: " + lookup.clientTitle(client)) }
    var attributes = DOTAttributes()
    attributes.set("fillcolor", Theme.processFill(lookup.band(of: megaprocess)))
    attributes.set("penwidth", "1.5")
    let extra = attributes.applyStatus(from: options.snapshot) { $0.megaprocesses[megaprocess.id] }
    attributes.label(Labels.titled(megaprocess.title, lines: lines, extraMarkup: extra))
    attributes.set("URL", "megaprocess/\(megaprocess.id).\(options.linkExtension)")
    attributes.set("tooltip", Labels.tooltip(megaprocess.title, megaprocess.description))
    attributes.set("id", ViewIds.svg("megaprocess", megaprocess.id))
    return ViewNode(id: ViewIds.megaprocess(megaprocess.id), attributes: attributes)
  }

  /// Collapsed top-level processes of one band, linked to their map.
  private static func looseSummaryNode(_ band: ProcessKind, processes: [Process], options: ViewOptions) -> ViewNode {
    var attributes = DOTAttributes()
    attributes.set("fillcolor", Theme.processFill(band))
    attributes.set("style", "rounded,filled,dashed")
    attributes.label(Labels.titled("Other \(band.rawValue) processes", lines: [countLine(processes)]))
    attributes.set("URL", "megaprocess/\(MegaprocessMapView.looseId(band)).\(options.linkExtension)")
    attributes.set("tooltip", "Processes outside any mega-process")
    attributes.set("id", ViewIds.svg("loose", band.rawValue))
    return ViewNode(id: looseNodeId(band), attributes: attributes)
  }

  static func looseNodeId(_ band: ProcessKind) -> String { "loose:\(band.rawValue)" }

  private static func countLine(_ processes: [Process]) -> String {
    var parts: [String] = []
    for kind in [ProcessKind.main, .management, .support] {
      let count = processes.filter { ($0.kind ?? .main) == kind }.count
      if count > 0 { parts.append("\(count) \(kind.rawValue)") }
    }
    let total = processes.count == 1 ? "1 process" : "\(processes.count) processes"
    return parts.count > 1 ? total + " (" + parts.joined(separator: ", ") + ")" : total
  }

  /// External clients as ellipses in a column beside the bands (one rank below the goals), each naming the
  /// mega-processes that serve it (edges from every mega-process would cross the whole map).
  private static func addClients(to view: inout ViewGraph, graph: ProcessGraph, below above: [String]) {
    let served = graph.megaprocesses.compactMap { megaprocess in megaprocess.client.map { (megaprocess, $0) } }
    let servedIds = Set(served.map(\.1))
    let clients = graph.clients.filter { $0.kind == .external && servedIds.contains($0.id) }
    guard !clients.isEmpty else { return }
    var cluster = ViewStyle.cluster(
      id: ViewIds.cluster("clients", "external"), labelMarkup: "<B>Clients</B>", fill: Theme.plainFill,
      svgId: "clients")
    cluster.attributes.set("style", "rounded,dashed")
    var ids: [String] = []
    for client in clients {
      var attributes = DOTAttributes()
      attributes.set("shape", "ellipse")
      attributes.set("style", "filled")
      attributes.set("fillcolor", Theme.plainFill)
      let servers = served.filter { $0.1 == client.id }.map(\.0.title)
      let servedBy = servers.count > 3 ? "served by \(servers.count) mega-processes" : "served by " + servers.joined(separator: ", ")
      attributes.label(Labels.titled(client.title, width: 18, lines: [servedBy]))
      attributes.set("tooltip", Labels.tooltip(client.title, client.description))
      attributes.set("id", ViewIds.svg("client", client.id))
      let id = ViewIds.client(client.id)
      cluster.nodes.append(ViewNode(id: id, attributes: attributes))
      ids.append(id)
    }
    for (index, id) in ids.enumerated().dropFirst() { view.edges.append(ViewStyle.invisibleEdge(ids[index - 1], id)) }
    view.subgraphs.append(cluster)
    // An invisible edge, not a cross-cluster `rank=same` group: Graphviz 2.43 corrupts its heap
    // laying out such a group (a crash on the next layout in the same process).
    if let anchor = above.last, let first = ids.first {
      view.edges.append(ViewStyle.invisibleEdge(anchor, first))
    }
  }

  /// Declared internal-market relations: between processes as numbered edges spelled out in the
  /// returned key, or counted between summary nodes. Inputs taken without a relation are left to
  /// the relations view, to keep the map legible.
  private static func addMarketEdges(to view: inout ViewGraph, lookup: ModelLookup, collapsed: Bool) -> MarketKey {
    var key = MarketKey()
    let allLinks = lookup.marketLinks
    if !collapsed {
      for link in allLinks where link.relation != nil {
        view.edges.append(
          key.edge(link, from: ViewIds.process(link.supplier), to: ViewIds.process(link.client), lookup: lookup, constraint: false))
      }
      return key
    }
    func summaryId(_ processId: String) -> String? {
      guard let process = lookup.process(processId) else { return nil }
      if let megaprocess = process.megaprocess, lookup.megaprocess(megaprocess) != nil {
        return ViewIds.megaprocess(megaprocess)
      }
      return looseNodeId(process.kind ?? .main)
    }
    var counts: [String: (from: String, to: String, relations: Int, inputs: Int)] = [:]
    var order: [String] = []
    for link in allLinks {
      guard let from = summaryId(link.supplier), let to = summaryId(link.client), from != to else { continue }
      let key = from + ">" + to
      if counts[key] == nil {
        counts[key] = (from, to, 0, 0)
        order.append(key)
      }
      if link.relation != nil { counts[key]?.relations += 1 } else { counts[key]?.inputs += 1 }
    }
    for key in order {
      guard let entry = counts[key] else { continue }
      var parts: [String] = []
      if entry.relations > 0 { parts.append(entry.relations == 1 ? "1 relation" : "\(entry.relations) relations") }
      if entry.inputs > 0 { parts.append(entry.inputs == 1 ? "1 input" : "\(entry.inputs) inputs") }
      var attributes = DOTAttributes()
      attributes.label(Labels.small(HTMLText.escape(parts.joined(separator: ", "))))
      attributes.set("constraint", "false")
      attributes.set("penwidth", entry.relations > 0 ? "1.6" : "1")
      if entry.relations == 0 { attributes.set("style", "dashed") }
      view.edges.append(ViewEdge(from: entry.from, to: entry.to, attributes: attributes))
    }
    return key
  }

  private static func addLegend(
    to view: inout ViewGraph, graph: ProcessGraph, options: ViewOptions, collapsed: Bool, key: MarketKey, lookup: ModelLookup,
    below bottoms: [String]
  ) {
    var legend = Legend()
    for kind in Theme.bandOrder {
      legend.add(fill: Theme.processFill(kind), border: Theme.edgeColour, "\(kind.rawValue) process" + (collapsed ? "es (summary)" : " (links to its map)"))
    }
    if collapsed {
      legend.add(swatch: "<B>→</B>", "internal-market links between mega-processes (counted); all inputs: see the relations view")
    } else {
      legend.add(swatch: "<B>→</B>", "internal-market relation, numbered R1, R2, ... (see the key); all inputs: see the relations view")
    }
    if let snapshot = options.snapshot { legend.addStatuses(period: snapshot.period) }
    let node = legend.node(id: "legend")
    view.nodes.append(node)
    for bottom in bottoms.prefix(1) { view.edges.append(ViewStyle.invisibleEdge(bottom, node.id)) }
    if let keyNode = key.node(id: "market-key", lookup: lookup) {
      view.nodes.append(keyNode)
      for bottom in bottoms.prefix(1) { view.edges.append(ViewStyle.invisibleEdge(bottom, keyNode.id)) }
    }
  }
}
