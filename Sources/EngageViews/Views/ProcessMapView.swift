import EngageLanguage
import EngageMeasures
import EngageModel

/// The map of one reference process: one swimlane per role, start and end events, steps,
/// decisions with labelled exits, inputs on the left, outputs on the right, hand-overs to other
/// processes (in the lane of the step that hands over), engagement marks and the process's
/// measures.
///
/// Lane order: the order in which roles first appear as performers in the process's node list
/// (the order the author wrote the steps in, so the lane of the first step is on top); a role
/// whose steps all moved elsewhere has no lane. The order is not re-sorted by role kind: the
/// author's order already tells the story, and patients are marked on their steps anyway.
/// `dot` alone does not keep clusters in declared order, so the map is drawn in two passes:
/// `LaneBands.place` stacks the lanes of a first `dot` layout in this order.
public enum ProcessMapView {
  /// The map of process `id`, or `nil` when the model has no such process.
  public static func make(_ graph: ProcessGraph, process id: String, options: ViewOptions = ViewOptions()) -> ViewGraph? {
    let lookup = ModelLookup(graph)
    guard let process = lookup.process(id) else { return nil }
    return make(process, lookup: lookup, options: options)
  }

  static func make(_ process: Process, lookup: ModelLookup, options: ViewOptions) -> ViewGraph {
    var titleLines: [String] = []
    var facts: [String] = []
    if let kind = process.kind { facts.append("\(kind.rawValue) process") }
    if let megaprocess = process.megaprocess { facts.append("in " + (lookup.megaprocess(megaprocess)?.title ?? megaprocess)) }
    if let owner = process.owner { facts.append("owner: " + lookup.roleTitle(owner)) }
    if let level = process.engagement { facts.append("engagement: " + level.rawValue) }
    if !process.tags.isEmpty { facts.append("tags: " + process.tags.map { Labels.word($0.rawValue) }.joined(separator: ", ")) }
    titleLines.append(facts.joined(separator: " · "))
    if let purpose = process.purpose { titleLines.append("Purpose: " + purpose) }
    if let snapshot = options.snapshot {
      let status = snapshot.processes[process.id] ?? .noData
      titleLines.append("Measure status for \(snapshot.period): \(status.labelWithSymbol)")
    }
    var view = ViewStyle.graph(
      name: "process-" + process.id, titleMarkup: ViewStyle.title(process.title, titleLines), rankdir: "LR")
    view.graphAttributes.set("ranksep", "0.35")
    view.graphAttributes.set("nodesep", "0.25")
    view.graphAttributes.set("tooltip", Labels.tooltip(process.title, process.purpose, process.description))

    let performerOrder = laneOrder(process)
    let placement = lanePlacement(process, lanes: performerOrder)
    let hosting = Set(placement.values)
    let lanes = performerOrder.filter { hosting.contains($0) }
    let roleKinds = lanes.map { lookup.role($0)?.kind }

    var laneClusters: [ViewSubgraph] = []
    for roleId in lanes {
      let kind = lookup.role(roleId)?.kind
      let title = lookup.roleTitle(roleId)
      let kindText = kind.map { Labels.word($0.rawValue) } ?? "role"
      var cluster = ViewStyle.cluster(
        id: ViewIds.cluster("lane", roleId),
        labelMarkup: "<B>\(HTMLText.escape(title))</B> " + Labels.small(HTMLText.escape("(" + kindText + ")")),
        fill: Theme.laneFill(kind), pen: Theme.laneHeader(kind), svgId: ViewIds.svg("lane", roleId))
      cluster.attributes.set("style", "filled")
      cluster.attributes.set("tooltip", Labels.tooltip(title, lookup.role(roleId)?.description))
      laneClusters.append(cluster)
    }

    var looseNodes: [ViewNode] = []
    for node in process.nodes {
      let viewNode = stepNode(node, process: process, lane: placement[node.id], lookup: lookup)
      if let lane = placement[node.id], let position = lanes.firstIndex(of: lane) {
        laneClusters[position].nodes.append(viewNode)
      } else {
        looseNodes.append(viewNode)
      }
    }
    let handovers = handoverNodes(process, lookup: lookup, options: options)
    for (target, node) in handovers {
      let source = process.flows.first { $0.to == .process(target) }?.from
      if let lane = source.flatMap({ placement[$0] }), let position = lanes.firstIndex(of: lane) {
        laneClusters[position].nodes.append(node)
      } else {
        looseNodes.append(node)
      }
    }
    view.subgraphs.append(contentsOf: laneClusters)
    view.nodes.append(contentsOf: looseNodes)

    addFlows(to: &view, process: process)
    addInputsAndOutputs(to: &view, process: process, lookup: lookup, options: options)
    addMeasures(to: &view, process: process, lookup: lookup, options: options)
    addLegend(to: &view, process: process, roleKinds: roleKinds, options: options)
    return view
  }

  /// Roles in order of first appearance among the process's steps.
  static func laneOrder(_ process: Process) -> [String] {
    var order: [String] = []
    var seen = Set<String>()
    for node in process.nodes {
      for performer in node.performers where seen.insert(performer.role).inserted {
        order.append(performer.role)
      }
    }
    return order
  }

  /// The lane of each node: its first performer's; a node without performers (typically a
  /// start or end event) takes the lane of its nearest neighbour along the flows, then the
  /// owner's lane, then the first lane.
  static func lanePlacement(_ process: Process, lanes: [String]) -> [String: String] {
    var placement: [String: String] = [:]
    for node in process.nodes {
      if let first = node.performers.first { placement[node.id] = first.role }
    }
    guard let firstLane = lanes.first else { return placement }
    let map = ProcessMap(process)
    let nodes = process.nodes
    for index in nodes.indices where placement[nodes[index].id] == nil {
      let node = nodes[index]
      let neighbours = node.kind == .end
        ? Array(map.predecessors(of: index)) + map.successors(of: index)
        : Array(map.successors(of: index)) + map.predecessors(of: index)
      if let lane = neighbours.lazy.compactMap({ placement[nodes[$0].id] }).first {
        placement[node.id] = lane
      } else if let owner = process.owner, lanes.contains(owner) {
        placement[node.id] = owner
      } else {
        placement[node.id] = firstLane
      }
    }
    return placement
  }

  private static func stepNode(_ node: Node, process: Process, lane: String?, lookup: ModelLookup) -> ViewNode {
    var attributes = DOTAttributes()
    attributes.set("id", ViewIds.svg("step", node.id))
    attributes.set("tooltip", Labels.tooltip(node.title, node.description))
    switch node.kind {
    case .start, .end:
      attributes.set("shape", "circle")
      attributes.set("style", "filled")
      attributes.set("fillcolor", node.kind == .start ? Theme.plainFill : Theme.endEventFill)
      attributes.set("penwidth", node.kind == .start ? "1.2" : "3")
      attributes.set("margin", "0.02")
      attributes.label(Labels.small(HTMLText.wrapped(node.title, width: 14), colour: Theme.ink))
      return ViewNode(id: ViewIds.step(node.id), attributes: attributes)
    case .decision:
      attributes.set("shape", "diamond")
      attributes.set("style", "filled")
      attributes.set("margin", "0.02")
    case .step:
      break
    }
    var lines: [String] = []
    let shown = node.performers.filter { $0.role != lane || $0.count > 1 }
    func names(_ performers: [Participation]) -> String {
      performers.map { lookup.roleTitle($0.role) + ($0.count > 1 ? " ×\($0.count)" : "") }.joined(separator: ", ")
    }
    if node.kind == .decision {
      // A diamond grows with the square of its text: who decides goes into the tooltip.
      attributes.set("tooltip", Labels.tooltip(node.title, "Decided by: " + names(node.performers), node.description))
    } else if !shown.isEmpty {
      let laneTakesPart = node.performers.contains { $0.role == lane && $0.count == 1 }
      lines.append((laneTakesPart ? "with " : "") + names(shown))
    }
    if let duration = node.duration {
      lines.append("duration " + MeasureText.duration(duration))
    }
    if !node.tags.isEmpty && node.kind != .decision { lines.append(node.tags.map { "#" + $0.rawValue }.joined(separator: " ")) }
    var extra: [String] = []
    let patientSide = node.performers.contains { lookup.role($0.role)?.kind?.isPatientSide ?? false }
    if patientSide {
      let level = node.engagement ?? process.engagement
      let text = Theme.engagementMark + " " + (level?.rawValue ?? "engagement level not set")
      extra.append("<FONT POINT-SIZE=\"\(Theme.smallFontSize)\" COLOR=\"\(Theme.engagementMarkColour)\"><B>\(HTMLText.escape(text))</B></FONT>")
      attributes.set("color", Theme.engagementMarkColour)
      attributes.set("penwidth", "1.8")
    }
    let width = node.kind == .decision ? 18 : TextWrapping.defaultWidth
    let titleMarkup = HTMLText.wrapped(node.title, width: width)
    var parts = [titleMarkup]
    for line in lines { parts.append(Labels.small(HTMLText.wrapped(line, width: width + 6))) }
    parts.append(contentsOf: extra)
    attributes.label(parts.joined(separator: "<BR/>"))
    return ViewNode(id: ViewIds.step(node.id), attributes: attributes)
  }

  /// One node per process handed over to, in order of the first flow that hands over to it.
  private static func handoverNodes(_ process: Process, lookup: ModelLookup, options: ViewOptions) -> [(String, ViewNode)] {
    var nodes: [(String, ViewNode)] = []
    for flow in process.flows {
      guard case .process(let target) = flow.to, !nodes.contains(where: { $0.0 == target }) else { continue }
      var node = DOTAttributes()
      node.set("shape", "box")
      node.set("style", "rounded,filled,dashed")
      node.set("penwidth", "1.5")
      node.set("fillcolor", Theme.processFill(lookup.process(target)?.kind))
      node.label(Labels.small("⇨ hand-over to", colour: Theme.ink) + "<BR/><B>" + HTMLText.wrapped(lookup.processTitle(target), width: 22) + "</B>")
      node.set("URL", target + "." + options.linkExtension)
      node.set("tooltip", "Hand-over to " + lookup.processTitle(target))
      node.set("id", ViewIds.svg("handover", target))
      nodes.append((target, ViewNode(id: ViewIds.handover(target), attributes: node)))
    }
    return nodes
  }

  private static func addFlows(to view: inout ViewGraph, process: Process) {
    for flow in process.flows {
      var attributes = DOTAttributes()
      if let label = flow.label {
        attributes.label(HTMLText.wrapped(label, width: 16))
        attributes.set("fontcolor", Theme.ink)
        attributes.set("fontsize", Theme.smallFontSize)
      }
      switch flow.to {
      case .node(let target):
        view.edges.append(ViewEdge(from: ViewIds.step(flow.from), to: ViewIds.step(target), attributes: attributes))
      case .process(let target):
        attributes.set("style", "dashed")
        view.edges.append(ViewEdge(from: ViewIds.step(flow.from), to: ViewIds.handover(target), attributes: attributes))
      }
    }
  }

  private static func addInputsAndOutputs(to view: inout ViewGraph, process: Process, lookup: ModelLookup, options: ViewOptions) {
    let starts = process.nodes.filter { $0.kind == .start }.map(\.id)
    let ends = process.nodes.filter { $0.kind == .end }.map(\.id)
    let entry = starts.isEmpty ? Array(process.nodes.prefix(1).map(\.id)) : starts
    let exit = ends.isEmpty ? Array(process.nodes.suffix(1).map(\.id)) : ends
    var inputIds: [String] = []
    for input in process.inputs {
      var attributes = DOTAttributes()
      attributes.set("shape", "note")
      attributes.set("style", "filled")
      let line: String
      if let supplier = input.supplier {
        line = "from " + lookup.supplierTitle(supplier)
        attributes.set("fillcolor", Theme.plainFill)
      } else {
        line = "⚠ no supplier"
        attributes.set("fillcolor", Theme.problemFill)
        attributes.set("color", Theme.problemColour)
      }
      attributes.label(Labels.small("input", colour: Theme.ink) + "<BR/>" + Labels.titled(input.title, width: 22, lines: [line]))
      attributes.set("tooltip", Labels.tooltip(input.title, input.description))
      attributes.set("id", ViewIds.svg("input", input.id))
      if case .output(let supplierProcess, _)? = input.supplier {
        attributes.set("URL", supplierProcess + "." + options.linkExtension)
      }
      let id = ViewIds.input(input.id)
      view.nodes.append(ViewNode(id: id, attributes: attributes))
      inputIds.append(id)
      for target in entry {
        var edge = DOTAttributes()
        edge.set("style", "dashed")
        edge.set("color", Theme.clusterPen)
        view.edges.append(ViewEdge(from: id, to: ViewIds.step(target), attributes: edge))
      }
    }
    if !inputIds.isEmpty { view.subgraphs.append(ViewStyle.sameRank(id: "rank_inputs", inputIds, rank: "min")) }
    var outputIds: [String] = []
    for output in process.outputs {
      var attributes = DOTAttributes()
      attributes.set("shape", "note")
      attributes.set("style", "filled")
      attributes.set("fillcolor", Theme.plainFill)
      let line = output.client.map { "to " + lookup.clientTitle($0) } ?? ""
      attributes.label(Labels.small("output", colour: Theme.ink) + "<BR/>" + Labels.titled(output.title, width: 22, lines: [line]))
      attributes.set("tooltip", Labels.tooltip(output.title, output.description))
      attributes.set("id", ViewIds.svg("output", output.id))
      let id = ViewIds.output(output.id)
      view.nodes.append(ViewNode(id: id, attributes: attributes))
      outputIds.append(id)
      for source in exit {
        var edge = DOTAttributes()
        edge.set("style", "dashed")
        edge.set("color", Theme.clusterPen)
        view.edges.append(ViewEdge(from: ViewIds.step(source), to: id, attributes: edge))
      }
    }
    if !outputIds.isEmpty { view.subgraphs.append(ViewStyle.sameRank(id: "rank_outputs", outputIds, rank: "max")) }
  }

  private static func addMeasures(to view: inout ViewGraph, process: Process, lookup: ModelLookup, options: ViewOptions) {
    let measures = process.measures.compactMap(lookup.measure)
    guard !measures.isEmpty else { return }
    var rows = "<TR><TD COLSPAN=\"\(options.snapshot == nil ? 2 : 3)\" ALIGN=\"LEFT\"><B>Measures</B></TD></TR>"
    for measure in measures {
      rows += "<TR><TD ALIGN=\"LEFT\">" + HTMLText.wrapped(measure.title, width: 34, breakAlign: "LEFT") + "<BR ALIGN=\"LEFT\"/></TD>"
      rows += "<TD ALIGN=\"LEFT\">" + Labels.small(HTMLText.escape(Labels.measureSummary(measure)), colour: Theme.ink) + "</TD>"
      if let snapshot = options.snapshot {
        let status = snapshot.measures[measure.id] ?? .noData
        let style = Theme.status(status)
        rows += "<TD BGCOLOR=\"\(style.fill)\" COLOR=\"\(style.pen)\">" + Labels.status(status) + "</TD>"
      }
      rows += "</TR>"
    }
    var attributes = DOTAttributes()
    attributes.set("shape", "plaintext")
    attributes.set("style", "")
    attributes.set("margin", "0")
    attributes.set("id", "measures")
    attributes.label("<TABLE BORDER=\"1\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\" BGCOLOR=\"\(Theme.plainFill)\" COLOR=\"\(Theme.clusterPen)\">\(rows)</TABLE>")
    view.nodes.append(ViewNode(id: "measures", attributes: attributes))
  }

  private static func addLegend(to view: inout ViewGraph, process: Process, roleKinds: [RoleKind?], options: ViewOptions) {
    var legend = Legend()
    legend.addRoleKinds(roleKinds)
    legend.add(swatch: "○", "start event")
    legend.add(swatch: "◉", "end event")
    legend.add(swatch: "▢", "step")
    legend.add(swatch: "◇", "decision (labelled exits)")
    legend.add(swatch: "▭", "input (left) / output (right)")
    legend.add(swatch: "⇨", "hand-over to another process")
    legend.add(swatch: "<FONT COLOR=\"\(Theme.engagementMarkColour)\"><B>\(Theme.engagementMark)</B></FONT>", "patients, families or partners take part (IAP2 level)")
    if let snapshot = options.snapshot { legend.addStatuses(period: snapshot.period) }
    view.nodes.append(legend.node(id: "legend"))
  }
}
