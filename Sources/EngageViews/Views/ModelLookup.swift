import EngageLanguage
import EngageModel

/// Look-ups the views need over a graph: the id index and the internal-market links, built
/// once per render (`ViewCatalog`) and shared by every view it builds.
struct ModelLookup: Sendable {
  let graph: ProcessGraph
  let index: ProcessGraphIndex
  /// The internal-market links, in the order `computeMarketLinks` finds them.
  let marketLinks: [MarketLink]
  /// For each process id, the positions in `marketLinks` of the links it supplies or is client of,
  /// ascending.
  let marketLinkPositions: [String: [Int]]
  /// Processes that belong to no mega-process, in model order.
  let topLevelProcesses: [Process]

  init(_ graph: ProcessGraph) {
    self.graph = graph
    self.index = graph.makeIndex()
    let links = Self.computeMarketLinks(graph, index: index)
    var positions: [String: [Int]] = [:]
    for (position, link) in links.enumerated() {
      positions[link.supplier, default: []].append(position)
      if link.client != link.supplier { positions[link.client, default: []].append(position) }
    }
    self.marketLinks = links
    self.marketLinkPositions = positions
    let megaprocessIds = index.megaprocesses
    self.topLevelProcesses = graph.processes.filter { process in
      process.megaprocess.map { megaprocessIds[$0] == nil } ?? true
    }
  }

  func process(_ id: String) -> Process? { index.processes[id].map { graph.processes[$0] } }
  func role(_ id: String) -> Role? { index.roles[id].map { graph.roles[$0] } }
  func client(_ id: String) -> Client? { index.clients[id].map { graph.clients[$0] } }
  func goal(_ id: String) -> Goal? { index.goals[id].map { graph.goals[$0] } }
  func megaprocess(_ id: String) -> Megaprocess? { index.megaprocesses[id].map { graph.megaprocesses[$0] } }
  func measure(_ id: String) -> Measure? { index.measures[id].map { graph.measures[$0] } }

  func processTitle(_ id: String) -> String { process(id)?.title ?? id }
  func roleTitle(_ id: String) -> String { role(id)?.title ?? id }
  func clientTitle(_ id: String) -> String { client(id)?.title ?? id }
  func goalTitle(_ id: String) -> String { goal(id)?.title ?? id }

  /// The title of whatever an input comes from.
  func supplierTitle(_ supplier: Supplier) -> String {
    switch supplier {
    case .client(let id): clientTitle(id)
    case .output(let processId, let outputId):
      outputTitle(process: processId, output: outputId).map { "\($0) (\(processTitle(processId)))" }
        ?? "\(processId).\(outputId)"
    }
  }

  /// The title of output `outputId` of process `processId`, when both exist.
  func outputTitle(process processId: String, output outputId: String) -> String? {
    process(processId)?.outputs.first { $0.id == outputId }?.title
  }

  /// The title of the supplier's output a market link carries, when it names one that exists.
  func outputTitle(of link: MarketLink) -> String? {
    link.output.flatMap { outputTitle(process: link.supplier, output: $0) }
  }

  /// The band a mega-process sits in on the landscape: the kind most of its processes have
  /// (a process without a kind counts as main); ties go to main, then management, then support.
  func band(of megaprocess: Megaprocess) -> ProcessKind {
    var counts: [ProcessKind: Int] = [:]
    for id in megaprocess.processes { counts[process(id)?.kind ?? .main, default: 0] += 1 }
    let order: [ProcessKind] = [.main, .management, .support]
    var best = ProcessKind.main
    for kind in order where counts[kind, default: 0] > counts[best, default: 0] { best = kind }
    return best
  }

  /// The market links with at least one end among `processIds`, in `marketLinks` order.
  func marketLinks(touching processIds: Set<String>) -> [MarketLink] {
    var positions = Set<Int>()
    for id in processIds { positions.formUnion(marketLinkPositions[id] ?? []) }
    return positions.sorted().map { marketLinks[$0] }
  }

  /// The internal-market links between processes: declared relations, and inputs taken from
  /// another process's output that no relation covers.
  private static func computeMarketLinks(_ graph: ProcessGraph, index: ProcessGraphIndex) -> [MarketLink] {
    var links: [MarketLink] = []
    var covered = Set<String>()
    for relation in graph.relations {
      guard let supplier = relation.supplierProcess, let client = relation.client,
        index.processes[supplier] != nil, index.processes[client] != nil
      else { continue }
      covered.insert("\(supplier).\(relation.supplierOutput ?? "")>\(client)")
      links.append(MarketLink(supplier: supplier, client: client, output: relation.supplierOutput, relation: relation))
    }
    for process in graph.processes {
      for input in process.inputs {
        guard case .output(let supplier, let output)? = input.supplier, index.processes[supplier] != nil else { continue }
        if covered.contains("\(supplier).\(output)>\(process.id)") || covered.contains("\(supplier).>\(process.id)") { continue }
        links.append(MarketLink(supplier: supplier, client: process.id, output: output, relation: nil))
      }
    }
    return links
  }
}

/// A supplier → client link between two processes.
struct MarketLink: Sendable {
  let supplier: String
  let client: String
  /// The supplier's output id, when known.
  let output: String?
  /// The declared relation, or `nil` for an input that names the output without a relation.
  let relation: Relation?
}
