import EngageLanguage
import EngageModel

/// Writes the semantic part of one process: its collaboration (one participant) and its
/// `process` element with documentation, extension elements, data inputs and outputs, lanes,
/// flow nodes, call activities, sequence flows and data associations.
struct ProcessWriter {
  let plan: ProcessPlan
  let lookup: ModelIndex

  private var process: Process { plan.process }
  private var id: String { plan.process.id }

  func writeCollaboration(to writer: inout XMLWriter) {
    writer.open("bpmn:collaboration", [("id", BPMNIds.collaboration(id))])
    writer.empty("bpmn:participant", [
      ("id", BPMNIds.participant(id)), ("name", process.title), ("processRef", BPMNIds.process(id)),
    ])
    writer.close()
  }

  func writeProcess(to writer: inout XMLWriter) {
    writer.open("bpmn:process", [("id", BPMNIds.process(id)), ("name", process.title), ("isExecutable", "true")])
    writeDocumentation(purpose: process.purpose, description: process.description, to: &writer)
    ExtensionWriter(lookup: lookup).writeProcess(process, to: &writer)
    writeIOSpecification(to: &writer)
    writeLanes(to: &writer)

    var incoming: [String: [String]] = [:]
    var outgoing: [String: [String]] = [:]
    for (position, flow) in process.flows.enumerated() {
      let flowId = BPMNIds.flow(id, position)
      outgoing[source(of: flow), default: []].append(flowId)
      incoming[target(of: flow), default: []].append(flowId)
    }
    for node in process.nodes {
      guard let split = plan.splits[node.id] else { continue }
      outgoing[BPMNIds.node(id, node.id)] = [split.flow]
      incoming[split.gateway] = [split.flow]
    }
    for node in process.nodes {
      let nodeId = BPMNIds.node(id, node.id)
      writer.open(element(for: node), [("id", nodeId), ("name", node.title)])
      writeDocumentation(purpose: nil, description: node.description, to: &writer)
      ExtensionWriter(lookup: lookup).writeNode(node, to: &writer)
      for flow in incoming[nodeId] ?? [] { writer.element("bpmn:incoming", content: flow) }
      for flow in outgoing[nodeId] ?? [] { writer.element("bpmn:outgoing", content: flow) }
      writer.close()
    }
    for node in process.nodes {
      guard let split = plan.splits[node.id] else { continue }
      writer.open("bpmn:parallelGateway", [("id", split.gateway), ("gatewayDirection", "Diverging")])
      for flow in incoming[split.gateway] ?? [] { writer.element("bpmn:incoming", content: flow) }
      for flow in outgoing[split.gateway] ?? [] { writer.element("bpmn:outgoing", content: flow) }
      writer.close()
    }
    for target in plan.callTargets {
      let callId = BPMNIds.callActivity(id, target)
      writer.open("bpmn:callActivity", [
        ("id", callId), ("name", "Hand-over to " + lookup.processTitle(target)), ("calledElement", BPMNIds.process(target)),
      ])
      for flow in incoming[callId] ?? [] { writer.element("bpmn:incoming", content: flow) }
      writer.close()
    }

    let decisions = Set(process.nodes.filter { $0.kind == .decision }.map(\.id))
    for (position, flow) in process.flows.enumerated() {
      let flowId = BPMNIds.flow(id, position)
      let attributes: [(String, String?)] = [
        ("id", flowId), ("name", flow.label), ("sourceRef", source(of: flow)), ("targetRef", target(of: flow)),
      ]
      if decisions.contains(flow.from) {
        writer.open("bpmn:sequenceFlow", attributes)
        writer.element("bpmn:conditionExpression", [("xsi:type", "bpmn:tFormalExpression")], content: Self.condition(flowId))
        writer.close()
      } else {
        writer.empty("bpmn:sequenceFlow", attributes)
      }
    }
    for node in process.nodes {
      guard let split = plan.splits[node.id] else { continue }
      writer.empty("bpmn:sequenceFlow", [("id", split.flow), ("sourceRef", BPMNIds.node(id, node.id)), ("targetRef", split.gateway)])
    }
    for association in plan.associations {
      writer.empty("bpmn:association", [
        ("id", association.id), ("sourceRef", association.source), ("targetRef", association.target),
        ("associationDirection", "One"),
      ])
    }
    writer.close()
  }

  /// The condition of a decision's exit: true when the variable `engagemap_choice` holds the
  /// flow's id. The model says which way a decision goes only in words (the flow's name); an
  /// engine that runs the map sets the variable to take a branch.
  static func condition(_ flowId: String) -> String { "engagemap_choice == '\(flowId)'" }

  /// The BPMN element of a node: events, an exclusive gateway for a decision, a user task for a
  /// step a patient-side role performs, a task otherwise.
  func element(for node: Node) -> String {
    switch node.kind {
    case .start: "bpmn:startEvent"
    case .end: "bpmn:endEvent"
    case .decision: "bpmn:exclusiveGateway"
    case .step:
      node.performers.contains { lookup.roles[$0.role]?.kind?.isPatientSide ?? false } ? "bpmn:userTask" : "bpmn:task"
    }
  }

  /// The flow's source: its node, or the parallel gateway after it.
  private func source(of flow: Flow) -> String {
    plan.splits[flow.from]?.gateway ?? BPMNIds.node(id, flow.from)
  }

  private func target(of flow: Flow) -> String {
    switch flow.to {
    case .node(let node): BPMNIds.node(id, node)
    case .process(let target): BPMNIds.callActivity(id, target)
    }
  }

  private func writeDocumentation(purpose: String?, description: String?, to writer: inout XMLWriter) {
    if let purpose { writer.element("bpmn:documentation", content: "Purpose: " + purpose) }
    if let description { writer.element("bpmn:documentation", content: description) }
  }

  private func writeIOSpecification(to writer: inout XMLWriter) {
    guard !process.inputs.isEmpty || !process.outputs.isEmpty else { return }
    writer.open("bpmn:ioSpecification", [("id", BPMNIds.ioSpecification(id))])
    let extensions = ExtensionWriter(lookup: lookup)
    for input in process.inputs {
      writer.open("bpmn:dataInput", [("id", BPMNIds.dataInput(id, input.id)), ("name", input.title)])
      writeDocumentation(purpose: nil, description: input.description, to: &writer)
      extensions.writeInput(input, to: &writer)
      writer.close()
    }
    for output in process.outputs {
      writer.open("bpmn:dataOutput", [("id", BPMNIds.dataOutput(id, output.id)), ("name", output.title)])
      writeDocumentation(purpose: nil, description: output.description, to: &writer)
      extensions.writeOutput(output, to: &writer)
      writer.close()
    }
    writer.open("bpmn:inputSet", [("id", BPMNIds.inputSet(id))])
    for input in process.inputs { writer.element("bpmn:dataInputRefs", content: BPMNIds.dataInput(id, input.id)) }
    writer.close()
    writer.open("bpmn:outputSet", [("id", BPMNIds.outputSet(id))])
    for output in process.outputs { writer.element("bpmn:dataOutputRefs", content: BPMNIds.dataOutput(id, output.id)) }
    writer.close()
    writer.close()
  }

  private func writeLanes(to writer: inout XMLWriter) {
    guard !plan.lanes.isEmpty else { return }
    writer.open("bpmn:laneSet", [("id", BPMNIds.laneSet(id))])
    for lane in plan.lanes {
      writer.open("bpmn:lane", [("id", lane.id), ("name", lookup.roleTitle(lane.role))])
      for member in lane.members { writer.element("bpmn:flowNodeRef", content: member) }
      writer.close()
    }
    writer.close()
  }
}
