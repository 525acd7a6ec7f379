import EngageGraphviz
import EngageLanguage
import EngageModel
import EngageViews

/// Why a model could not be exported as BPMN.
public enum BPMNExportError: Error, Sendable, Equatable, CustomStringConvertible {
  /// `--process` named a process the model does not have.
  case unknownProcess(String)
  /// Graphviz could not lay a process map out (process id, Graphviz's message).
  case layout(process: String, message: String)

  public var description: String {
    switch self {
    case .unknownProcess(let id): "the model has no process '\(id)'"
    case .layout(let process, let message): "cannot lay out the map of process '\(process)': \(message)"
    }
  }
}

/// `engagemap export --format bpmn`: a resolved model as one BPMN 2.0 `definitions` document
/// with diagram interchange, deterministically (docs/BPMN.md has the mapping).
///
/// Every exported process is a `process` with lanes per role, a `collaboration` with one
/// participant (the pool its diagram draws), and a `BPMNDiagram` whose shapes and edges come from
/// the Graphviz layout of the process map.
public enum BPMNExporter {
  /// The namespace of EngageMap's extension elements.
  public static let extensionNamespace = "urn:engagemap:bpmn:1"

  /// The document for every process of `graph`, or for process `only` and the processes it hands
  /// over to (directly or not), so that every call activity resolves in the same file.
  public static func export(_ graph: ProcessGraph, process only: String? = nil) throws(BPMNExportError) -> String {
    let selected = try selection(graph, only: only)
    // One view plan for the model: its look-ups are built once, its jobs are the processes in order.
    let views = ViewCatalog.plan(for: graph, views: [.process])
    var plans: [ProcessPlan] = []
    var layouts: [ProcessLayout] = []
    for (position, process) in graph.processes.enumerated() where selected[position] {
      guard let view = views.document(at: position)?.graph else { continue }
      let plan = ProcessPlan(process, view: view)
      do {
        layouts.append(try ProcessLayout(plan))
      } catch {
        throw .layout(process: process.id, message: error.message)
      }
      plans.append(plan)
    }

    var writer = XMLWriter()
    let organisation = graph.organisation
    writer.open("bpmn:definitions", [
      ("xmlns:bpmn", "http://www.omg.org/spec/BPMN/20100524/MODEL"),
      ("xmlns:bpmndi", "http://www.omg.org/spec/BPMN/20100524/DI"),
      ("xmlns:dc", "http://www.omg.org/spec/DD/20100524/DC"),
      ("xmlns:di", "http://www.omg.org/spec/DD/20100524/DI"),
      ("xmlns:xsi", "http://www.w3.org/2001/XMLSchema-instance"),
      ("xmlns:engagemap", extensionNamespace),
      ("id", BPMNIds.definitions),
      ("name", organisation?.title),
      ("targetNamespace", "urn:engagemap:model:" + BPMNIds.name(organisation?.id ?? "model")),
      ("exporter", "EngageMap"),
    ])
    let lookup = ModelIndex(graph)
    for plan in plans {
      ProcessWriter(plan: plan, lookup: lookup).writeCollaboration(to: &writer)
      ProcessWriter(plan: plan, lookup: lookup).writeProcess(to: &writer)
    }
    for (plan, layout) in zip(plans, layouts) {
      DiagramWriter(plan: plan, layout: layout).write(to: &writer)
    }
    writer.close()
    return writer.text
  }

  /// For every process of the model, whether it is exported.
  static func selection(_ graph: ProcessGraph, only: String?) throws(BPMNExportError) -> [Bool] {
    guard let only else { return graph.processes.map { _ in true } }
    var positions: [String: Int] = [:]
    for (position, process) in graph.processes.enumerated() where positions[process.id] == nil {
      positions[process.id] = position
    }
    guard let first = positions[only] else { throw .unknownProcess(only) }
    var selected = graph.processes.map { _ in false }
    selected[first] = true
    var queue = [first]
    while let next = queue.popLast() {
      for flow in graph.processes[next].flows {
        guard case .process(let target) = flow.to, let position = positions[target], !selected[position] else { continue }
        selected[position] = true
        queue.append(position)
      }
    }
    return selected
  }
}

/// The model's roles, processes and measures by id.
struct ModelIndex {
  let roles: [String: Role]
  let processes: [String: Process]
  let measures: [String: Measure]

  init(_ graph: ProcessGraph) {
    roles = Dictionary(graph.roles.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    processes = Dictionary(graph.processes.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    measures = Dictionary(graph.measures.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
  }

  func roleTitle(_ id: String) -> String { roles[id]?.title ?? id }
  func processTitle(_ id: String) -> String { processes[id]?.title ?? id }
}
