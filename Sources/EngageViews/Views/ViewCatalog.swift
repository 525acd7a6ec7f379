import EngageLanguage
import EngageModel

/// Every diagram of a model, as documents with their output paths.
public enum ViewCatalog {
  /// Whether the landscape of `graph` is collapsed into mega-process summaries.
  public static func isCollapsed(_ graph: ProcessGraph, options: ViewOptions) -> Bool {
    graph.processes.count > options.collapseThreshold
  }

  /// The documents of the requested views, in a fixed order: `landscape` (and, when
  /// collapsed, `megaprocess/<id>`), `process/<id>` for every process (or only `process`),
  /// `relations`, `measures`, `engagement`.
  public static func documents(
    for graph: ProcessGraph, views: [ViewKind] = ViewKind.allCases, process: String? = nil,
    options: ViewOptions = ViewOptions()
  ) -> [ViewDocument] {
    let lookup = ModelLookup(graph)
    var documents: [ViewDocument] = []
    for kind in ViewKind.allCases where views.contains(kind) {
      switch kind {
      case .landscape:
        documents.append(ViewDocument(path: "landscape", kind: .landscape, graph: LandscapeView.make(graph, options: options)))
        if isCollapsed(graph, options: options) {
          for megaprocess in graph.megaprocesses {
            if let map = MegaprocessMapView.make(graph, megaprocess: megaprocess.id, options: options) {
              documents.append(ViewDocument(path: "megaprocess/" + megaprocess.id, kind: .landscape, graph: map))
            }
          }
          for band in [ProcessKind.management, .main, .support] {
            if let map = MegaprocessMapView.makeLoose(graph, band: band, options: options) {
              documents.append(ViewDocument(path: "megaprocess/" + MegaprocessMapView.looseId(band), kind: .landscape, graph: map))
            }
          }
        }
      case .process:
        for candidate in graph.processes where process == nil || candidate.id == process {
          documents.append(
            ViewDocument(
              path: "process/" + candidate.id, kind: .process,
              graph: ProcessMapView.make(candidate, lookup: lookup, options: options)))
        }
      case .relations:
        documents.append(ViewDocument(path: "relations", kind: .relations, graph: RelationsView.make(graph, options: options)))
      case .measures:
        documents.append(ViewDocument(path: "measures", kind: .measures, graph: MeasuresView.make(graph, options: options)))
      case .engagement:
        documents.append(ViewDocument(path: "engagement", kind: .engagement, graph: EngagementView.make(graph, options: options)))
      }
    }
    return documents
  }
}
