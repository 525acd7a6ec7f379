import EngageModel

/// Writes one process's `BPMNDiagram`: a plane for its collaboration with the pool, the lanes,
/// every flow node, call activity and data input/output as a `BPMNShape`, and every sequence
/// flow and association as a `BPMNEdge` along the route Graphviz gave the map's edge (a
/// straight line between the shapes' centres if the layout has no route for it).
struct DiagramWriter {
  let plan: ProcessPlan
  let layout: ProcessLayout

  func write(to writer: inout XMLWriter) {
    let process = plan.process
    let id = process.id
    writer.open("bpmndi:BPMNDiagram", [("id", BPMNIds.diagram(id)), ("name", process.title)])
    writer.open("bpmndi:BPMNPlane", [("id", BPMNIds.plane(id)), ("bpmnElement", BPMNIds.collaboration(id))])
    shape(BPMNIds.participant(id), layout.pool, horizontal: true, to: &writer)
    for lane in plan.lanes {
      if let box = layout.lanes[lane.id] { shape(lane.id, box, horizontal: true, to: &writer) }
    }
    var elements = process.nodes.map { BPMNIds.node(id, $0.id) }
    elements += process.nodes.compactMap { plan.splits[$0.id]?.gateway }
    elements += plan.callTargets.map { BPMNIds.callActivity(id, $0) }
    elements += process.inputs.map { BPMNIds.dataInput(id, $0.id) }
    elements += process.outputs.map { BPMNIds.dataOutput(id, $0.id) }
    for element in elements {
      if let box = layout.shapes[element] { shape(element, box, horizontal: nil, to: &writer) }
    }
    for (position, flow) in process.flows.enumerated() {
      let target: String
      switch flow.to {
      case .node(let node): target = BPMNIds.node(id, node)
      case .process(let other): target = BPMNIds.callActivity(id, other)
      }
      let edgeId = plan.flowEdges.indices.contains(position) ? plan.flowEdges[position] : nil
      let source = plan.splits[flow.from]?.gateway ?? BPMNIds.node(id, flow.from)
      edge(BPMNIds.flow(id, position), from: source, to: target, route: edgeId, label: flow.label, to: &writer)
    }
    for node in process.nodes {
      guard let split = plan.splits[node.id] else { continue }
      edge(split.flow, from: BPMNIds.node(id, node.id), to: split.gateway, route: split.flow, label: nil, to: &writer)
    }
    for association in plan.associations {
      edge(association.id, from: association.source, to: association.target, route: association.edge, label: nil, to: &writer)
    }
    writer.close()
    writer.close()
  }

  private func shape(_ element: String, _ box: DiagramBox, horizontal: Bool?, to writer: inout XMLWriter) {
    writer.open("bpmndi:BPMNShape", [
      ("id", BPMNIds.shape(of: element)), ("bpmnElement", element), ("isHorizontal", horizontal.map { $0 ? "true" : "false" }),
    ])
    bounds(box, to: &writer)
    writer.close()
  }

  private func edge(
    _ element: String, from source: String, to target: String, route: String?, label: String?, to writer: inout XMLWriter
  ) {
    var points = route.flatMap { layout.routes[$0] } ?? []
    if points.count < 2, let from = layout.shapes[source], let to = layout.shapes[target] {
      points = [centre(from), centre(to)]
    }
    guard points.count >= 2 else { return }
    writer.open("bpmndi:BPMNEdge", [("id", BPMNIds.shape(of: element)), ("bpmnElement", element)])
    for point in points { writer.empty("di:waypoint", [("x", Self.number(point.x)), ("y", Self.number(point.y))]) }
    if let label, let centre = route.flatMap({ layout.labelCentres[$0] }) {
      writer.open("bpmndi:BPMNLabel")
      bounds(Self.labelBox(label, centre: centre), to: &writer)
      writer.close()
    }
    writer.close()
  }

  private func bounds(_ box: DiagramBox, to writer: inout XMLWriter) {
    writer.empty("dc:Bounds", [
      ("x", Self.number(box.x)), ("y", Self.number(box.y)), ("width", Self.number(box.width)), ("height", Self.number(box.height)),
    ])
  }

  private func centre(_ box: DiagramBox) -> DiagramPoint { DiagramPoint(x: box.x + box.width / 2, y: box.y + box.height / 2) }

  /// The box of a flow's name around the centre Graphviz gave its label: the map wraps labels
  /// at 16 characters, about 6 px each in its small font, 14 px a line.
  static func labelBox(_ label: String, centre: DiagramPoint) -> DiagramBox {
    let characters = max(label.count, 1)
    let lines = Double((characters + 15) / 16)
    let width = Double(min(characters, 16)) * 6 + 4
    let height = lines * 14
    return DiagramBox(x: centre.x - width / 2, y: centre.y - height / 2, width: width, height: height)
  }

  /// Whole pixels: deterministic text, and finer than any BPMN tool draws.
  static func number(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e9 else { return "0" }
    return String(Int(value.rounded()))
  }
}
