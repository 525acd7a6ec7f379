import EngageModel
import EngageViews

/// What one process becomes in BPMN besides its own nodes and flows, read from its process map so
/// that the export and the map agree: lanes (in the map's order, with the BPMN ids of the nodes
/// each holds), call activities (one per process handed over to) and the associations drawn
/// between data inputs/outputs and the nodes that take or produce them.
struct ProcessPlan {
  /// A lane: a role that performs something in the process.
  struct Lane {
    let role: String
    let id: String
    let members: [String]
  }

  /// A dashed line of the map between a data input or output and a node.
  struct Association {
    let id: String
    let source: String
    let target: String
    /// The id given to the map's edge, to find its route in the layout.
    let edge: String
  }

  /// A parallel gateway after a node that is not a decision but has several exits: BPMN reads
  /// several unconditional exits as a parallel split, which SpiffWorkflow wants explicit.
  struct Split {
    /// The model id of the node split after.
    let node: String
    let gateway: String
    /// The sequence flow from the node to the gateway.
    let flow: String
  }

  let process: Process
  /// The process map, with an `id` on every edge (`edge-N`, N its position).
  let view: ViewGraph
  let lanes: [Lane]
  /// Processes handed over to, in order of the first flow that hands over to each.
  let callTargets: [String]
  let associations: [Association]
  /// The splits, by model node id.
  let splits: [String: Split]
  /// For every flow of the process, the id of its edge in `view` (`nil` when the map has none).
  let flowEdges: [String?]
  /// Map node id → BPMN element id, for the nodes the export draws.
  let elements: [String: String]

  /// The plan of `process` from its process map `view` (as `ViewCatalog` builds it).
  init(_ process: Process, view: ViewGraph) {
    var view = view
    for index in view.edges.indices { view.edges[index].attributes.set("id", Self.edgeId(index)) }
    self.process = process
    self.view = view
    let id = process.id

    var elements: [String: String] = [:]
    for node in process.nodes { elements[ViewIds.step(node.id)] = BPMNIds.node(id, node.id) }
    var callTargets: [String] = []
    for flow in process.flows {
      if case .process(let target) = flow.to, !callTargets.contains(target) { callTargets.append(target) }
    }
    for target in callTargets { elements[ViewIds.handover(target)] = BPMNIds.callActivity(id, target) }
    for input in process.inputs { elements[ViewIds.input(input.id)] = BPMNIds.dataInput(id, input.id) }
    for output in process.outputs { elements[ViewIds.output(output.id)] = BPMNIds.dataOutput(id, output.id) }
    self.elements = elements
    self.callTargets = callTargets

    var exits: [String: Int] = [:]
    for flow in process.flows { exits[flow.from, default: 0] += 1 }
    var splits: [String: Split] = [:]
    for node in process.nodes where node.kind != .decision && (exits[node.id] ?? 0) > 1 {
      splits[node.id] = Split(node: node.id, gateway: BPMNIds.split(id, node.id), flow: BPMNIds.splitFlow(id, node.id))
    }
    self.splits = splits

    let lanePrefix = ViewIds.cluster("lane", "")
    lanes = view.subgraphs.filter { $0.id.hasPrefix(lanePrefix) }.map { cluster in
      let role = String(cluster.id.dropFirst(lanePrefix.count))
      var members: [String] = []
      for viewId in cluster.allNodeIds {
        guard let element = elements[viewId] else { continue }
        members.append(element)
        if viewId.hasPrefix(ViewIds.step("")), let split = splits[String(viewId.dropFirst(ViewIds.step("").count))] {
          members.append(split.gateway)
        }
      }
      return Lane(role: role, id: BPMNIds.lane(id, role), members: members)
    }

    // The map draws the flows first, in order; then the data lines.
    var flowEdges: [String?] = []
    for (position, flow) in process.flows.enumerated() {
      let matches = view.edges.indices.contains(position) && view.edges[position].from == ViewIds.step(flow.from)
      flowEdges.append(matches ? Self.edgeId(position) : nil)
    }
    self.flowEdges = flowEdges
    var associations: [Association] = []
    let inputPrefix = ViewIds.input("")
    let outputPrefix = ViewIds.output("")
    for (position, edge) in view.edges.enumerated().dropFirst(process.flows.count) {
      guard edge.from.hasPrefix(inputPrefix) || edge.to.hasPrefix(outputPrefix),
        let source = elements[edge.from], let target = elements[edge.to]
      else { continue }
      associations.append(
        Association(id: BPMNIds.association(id, associations.count), source: source, target: target, edge: Self.edgeId(position)))
    }
    self.associations = associations
  }

  static func edgeId(_ position: Int) -> String { "edge-" + String(position) }
}
