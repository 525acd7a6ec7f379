import EngageLanguage
import EngageMeasures
import EngageModel
import EngageViews
import EngageWorkspace

/// Everything the pages are built from, computed once per site: the graph and its index, the
/// rendered maps by document path, the measure report (with data), who consumes each output,
/// which steps each role performs, and the diagnostics located in each process.
struct SiteModel {
  let graph: ProcessGraph
  let index: ProcessGraphIndex
  let modelName: String
  /// The model's diagnostics (warnings and info) and the data file's, in output order.
  let diagnostics: [Diagnostic]
  let dataDiagnostics: [Diagnostic]
  let report: MeasureReport?
  /// The report's statuses at every level, with data.
  let snapshot: StatusSnapshot?
  /// The data file's name (its last path component), when there is data.
  let dataFileName: String?
  /// Rendered SVG maps by view document path (`landscape`, `process/<id>`, ...).
  let maps: [String: [UInt8]]
  /// Whether the landscape is collapsed into mega-process summaries.
  let collapsed: Bool

  private let results: [String: MeasureResult]
  private let consumersByOutput: [String: [Consumer]]
  private let participations: [String: [RoleStep]]
  private let relationsByProcess: [String: [Int]]
  private let processesByOwner: [String: [Int]]
  private let measuresByOwner: [String: [Int]]
  private let diagnosticsByProcess: [Int: [Diagnostic]]
  private let processRanges: SourceRanges
  private let diagnosticsByMegaprocess: [Int: [Diagnostic]]

  /// A process that takes an output: through an input naming it, or a relation.
  struct Consumer {
    let process: String
    let input: Input?
    let relation: Relation?
  }

  /// A step a role performs, with its process.
  struct RoleStep {
    let process: Int
    let node: Int
    let count: Int
  }

  init(
    graph: ProcessGraph, modelName: String, rendered: RenderedSet, dataFileName: String?, collapsed: Bool
  ) {
    self.graph = graph
    self.index = graph.makeIndex()
    self.modelName = modelName
    self.diagnostics = rendered.diagnostics.unsuppressed
    self.dataDiagnostics = rendered.dataDiagnostics
    self.report = rendered.measureReport
    self.snapshot = rendered.measureReport?.snapshot
    self.dataFileName = dataFileName
    self.collapsed = collapsed
    var maps: [String: [UInt8]] = [:]
    for file in rendered.files where file.path.hasSuffix(".svg") {
      maps[String(file.path.dropLast(".svg".count))] = file.bytes
    }
    self.maps = maps

    var results: [String: MeasureResult] = [:]
    for result in rendered.measureReport?.measures ?? [] where results[result.id] == nil { results[result.id] = result }
    self.results = results

    var consumers: [String: [Consumer]] = [:]
    for process in graph.processes {
      for input in process.inputs {
        guard case .output(let supplier, let output)? = input.supplier else { continue }
        consumers[supplier + "." + output, default: []].append(Consumer(process: process.id, input: input, relation: nil))
      }
    }
    var relationsByProcess: [String: [Int]] = [:]
    for (position, relation) in graph.relations.enumerated() {
      if let supplier = relation.supplierProcess {
        relationsByProcess[supplier, default: []].append(position)
        if let output = relation.supplierOutput, let client = relation.client {
          consumers[supplier + "." + output, default: []].append(Consumer(process: client, input: nil, relation: relation))
        }
      }
      if let client = relation.client, client != relation.supplierProcess {
        relationsByProcess[client, default: []].append(position)
      }
    }
    self.consumersByOutput = consumers
    self.relationsByProcess = relationsByProcess

    var participations: [String: [RoleStep]] = [:]
    var processesByOwner: [String: [Int]] = [:]
    for (processPosition, process) in graph.processes.enumerated() {
      if let owner = process.owner { processesByOwner[owner, default: []].append(processPosition) }
      for (nodePosition, node) in process.nodes.enumerated() {
        for performer in node.performers {
          participations[performer.role, default: []].append(
            RoleStep(process: processPosition, node: nodePosition, count: performer.count))
        }
      }
    }
    self.participations = participations
    self.processesByOwner = processesByOwner
    var measuresByOwner: [String: [Int]] = [:]
    for (position, measure) in graph.measures.enumerated() {
      if let owner = measure.owner { measuresByOwner[owner, default: []].append(position) }
    }
    self.measuresByOwner = measuresByOwner
    let processRanges = SourceRanges(graph.processes.map(\.syntax.range))
    self.processRanges = processRanges
    let megaprocessRanges = SourceRanges(graph.megaprocesses.map(\.syntax.range))
    var byProcess: [Int: [Diagnostic]] = [:]
    var byMegaprocess: [Int: [Diagnostic]] = [:]
    for diagnostic in rendered.diagnostics.unsuppressed {
      if let position = processRanges.position(containing: diagnostic.range) { byProcess[position, default: []].append(diagnostic) }
      if let position = megaprocessRanges.position(containing: diagnostic.range) {
        byMegaprocess[position, default: []].append(diagnostic)
      }
    }
    self.diagnosticsByProcess = byProcess
    self.diagnosticsByMegaprocess = byMegaprocess
  }

  var withData: Bool { report != nil }

  func process(_ id: String) -> Process? { index.processes[id].map { graph.processes[$0] } }
  func role(_ id: String) -> Role? { index.roles[id].map { graph.roles[$0] } }
  func client(_ id: String) -> Client? { index.clients[id].map { graph.clients[$0] } }
  func goal(_ id: String) -> Goal? { index.goals[id].map { graph.goals[$0] } }
  func megaprocess(_ id: String) -> Megaprocess? { index.megaprocesses[id].map { graph.megaprocesses[$0] } }
  func measure(_ id: String) -> Measure? { index.measures[id].map { graph.measures[$0] } }
  func relation(_ id: String) -> Relation? { index.relations[id].map { graph.relations[$0] } }

  /// The evaluated result of a measure, with data.
  func result(_ measureId: String) -> MeasureResult? { results[measureId] }

  /// The processes that take output `output` of process `process`, in model order (inputs,
  /// then relations).
  func consumers(of process: String, output: String) -> [Consumer] { consumersByOutput[process + "." + output] ?? [] }

  /// The relations a process supplies or is the client of, in model order.
  func relations(of process: String) -> [Relation] { (relationsByProcess[process] ?? []).map { graph.relations[$0] } }

  /// The steps a role performs, in model order.
  func steps(of role: String) -> [RoleStep] { participations[role] ?? [] }

  /// The processes a role owns, in model order.
  func processes(ownedBy role: String) -> [Process] { (processesByOwner[role] ?? []).map { graph.processes[$0] } }

  /// The measures a role owns, in model order.
  func measures(ownedBy role: String) -> [Measure] { (measuresByOwner[role] ?? []).map { graph.measures[$0] } }

  /// The processes that belong to no (known) mega-process, in model order.
  var topLevelProcesses: [Process] {
    graph.processes.filter { process in process.megaprocess.map { index.megaprocesses[$0] == nil } ?? true }
  }

  /// The model's diagnostics located in the text of process `id`, in output order.
  func diagnostics(ofProcess id: String) -> [Diagnostic] {
    index.processes[id].flatMap { diagnosticsByProcess[$0] } ?? []
  }

  /// The model's diagnostics located in the text of mega-process `id`, in output order.
  func diagnostics(ofMegaprocess id: String) -> [Diagnostic] {
    index.megaprocesses[id].flatMap { diagnosticsByMegaprocess[$0] } ?? []
  }

  /// The process whose text holds a diagnostic's location, if any.
  func process(locating diagnostic: Diagnostic) -> Process? {
    processRanges.position(containing: diagnostic.range).map { graph.processes[$0] }
  }
}

/// Ranges of declarations by file, sorted, to find the one that holds a location in
/// logarithmic time.
struct SourceRanges {
  private var byFile: [String: [(start: Int, end: Int, position: Int)]] = [:]

  init(_ ranges: [SourceRange]) {
    for (position, range) in ranges.enumerated() {
      byFile[range.file.path, default: []].append((range.start, range.end, position))
    }
    for path in byFile.keys { byFile[path]?.sort { $0.start < $1.start } }
  }

  /// The position (in the array given) of the innermost-starting range that holds the start of
  /// `location`.
  func position(containing location: SourceRange?) -> Int? {
    guard let location, let ranges = byFile[location.file.path] else { return nil }
    var low = 0
    var high = ranges.count
    while low < high {
      let middle = (low + high) / 2
      if ranges[middle].start <= location.start { low = middle + 1 } else { high = middle }
    }
    guard low > 0 else { return nil }
    let candidate = ranges[low - 1]
    return location.start < candidate.end ? candidate.position : nil
  }
}
