import EngageLanguage
import EngageModel

/// Every diagram of a model, as documents with their output paths.
public enum ViewCatalog {
  /// Whether the landscape of `graph` is collapsed into mega-process summaries.
  public static func isCollapsed(_ graph: ProcessGraph, options: ViewOptions) -> Bool {
    graph.processes.count > options.collapseThreshold
  }

  /// The documents of the requested views, in a fixed order: `landscape` (and, when
  /// collapsed or `mapsEveryMegaprocess`, `megaprocess/<id>`), `process/<id>` for every process (or only `process`),
  /// `relations`, `measures`, `engagement`.
  public static func documents(
    for graph: ProcessGraph, views: [ViewKind] = ViewKind.allCases, process: String? = nil,
    options: ViewOptions = ViewOptions()
  ) -> [ViewDocument] {
    let plan = plan(for: graph, views: views, process: process, options: options)
    return (0..<plan.count).compactMap(plan.document(at:))
  }

  /// The plan for the documents `documents(for:views:process:options:)` returns, to build them
  /// one at a time (e.g. building the next while the previous one is laid out). The model's
  /// look-ups are computed once, here, and shared by every document.
  public static func plan(
    for graph: ProcessGraph, views: [ViewKind] = ViewKind.allCases, process: String? = nil,
    options: ViewOptions = ViewOptions()
  ) -> ViewPlan {
    var jobs: [ViewPlan.Job] = []
    for kind in ViewKind.allCases where views.contains(kind) {
      switch kind {
      case .landscape:
        jobs.append(.landscape)
        let collapsed = isCollapsed(graph, options: options)
        if collapsed || options.mapsEveryMegaprocess {
          jobs.append(contentsOf: graph.megaprocesses.map { .megaprocess($0.id) })
        }
        if collapsed { jobs.append(contentsOf: Theme.bandOrder.map { .looseProcesses($0) }) }
      case .process:
        for (position, candidate) in graph.processes.enumerated() where process == nil || candidate.id == process {
          jobs.append(.process(position))
        }
      case .relations: jobs.append(.relations)
      case .measures: jobs.append(.measures)
      case .engagement: jobs.append(.engagement)
      }
    }
    return ViewPlan(lookup: ModelLookup(graph), options: options, jobs: jobs)
  }
}

/// The documents of a render, in output order, each built on demand from look-ups shared by all
/// of them. Building is pure and thread-safe: documents may be built on any thread.
public struct ViewPlan: Sendable {
  enum Job: Sendable {
    case landscape
    case megaprocess(String)
    case looseProcesses(ProcessKind)
    case process(Int)
    case relations, measures, engagement
  }

  let lookup: ModelLookup
  let options: ViewOptions
  let jobs: [Job]

  /// How many documents the plan may build (some mega-process maps can turn out empty: `nil`).
  public var count: Int { jobs.count }

  /// Document `index` of the plan, or `nil` when that map has nothing to show.
  public func document(at index: Int) -> ViewDocument? {
    guard jobs.indices.contains(index) else { return nil }
    switch jobs[index] {
    case .landscape:
      return ViewDocument(path: "landscape", kind: .landscape, graph: LandscapeView.make(lookup: lookup, options: options))
    case .megaprocess(let id):
      return MegaprocessMapView.make(megaprocess: id, lookup: lookup, options: options).map {
        ViewDocument(path: "megaprocess/" + id, kind: .landscape, graph: $0)
      }
    case .looseProcesses(let band):
      return MegaprocessMapView.makeLoose(band: band, lookup: lookup, options: options).map {
        ViewDocument(path: "megaprocess/" + MegaprocessMapView.looseId(band), kind: .landscape, graph: $0)
      }
    case .process(let position):
      let process = lookup.graph.processes[position]
      return ViewDocument(
        path: "process/" + process.id, kind: .process, graph: ProcessMapView.make(process, lookup: lookup, options: options))
    case .relations:
      return ViewDocument(path: "relations", kind: .relations, graph: RelationsView.make(lookup: lookup, options: options))
    case .measures:
      return ViewDocument(path: "measures", kind: .measures, graph: MeasuresView.make(lookup: lookup, options: options))
    case .engagement:
      return ViewDocument(path: "engagement", kind: .engagement, graph: EngagementView.make(lookup: lookup, options: options))
    }
  }
}
