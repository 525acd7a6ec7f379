import EngageMeasures

/// The views EngageMap draws of a model (DESIGN.md §3).
public enum ViewKind: String, Sendable, CaseIterable, Hashable {
  case landscape, process, relations, measures, engagement
}

/// What every view needs besides the model.
public struct ViewOptions: Sendable {
  /// Statuses for one period; when present the landscape, process and measures views are
  /// coloured by status.
  public var snapshot: StatusSnapshot?
  /// Above this many processes the landscape collapses each mega-process into a summary node
  /// and each mega-process gets its own map (`megaprocess/<id>`).
  public var collapseThreshold: Int
  /// The file extension links between views point at (`svg` for SVG output).
  public var linkExtension: String
  /// Whether every mega-process gets its own map (`megaprocess/<id>`) even when the landscape
  /// is not collapsed, and the landscape links each mega-process cluster to it (the site's
  /// mega-process pages). Off for `render`, whose landscape then needs no such maps.
  public var mapsEveryMegaprocess: Bool

  /// The documented default collapse threshold: 150 processes.
  public static let defaultCollapseThreshold = 150

  public init(
    snapshot: StatusSnapshot? = nil, collapseThreshold: Int = ViewOptions.defaultCollapseThreshold,
    linkExtension: String = "svg", mapsEveryMegaprocess: Bool = false
  ) {
    self.snapshot = snapshot
    self.collapseThreshold = collapseThreshold
    self.linkExtension = linkExtension
    self.mapsEveryMegaprocess = mapsEveryMegaprocess
  }
}

/// One diagram to write: its path relative to the output directory, without extension
/// (`landscape`, `process/planning`, `megaprocess/care`), and its view graph.
public struct ViewDocument: Sendable {
  public let path: String
  public let kind: ViewKind
  public let graph: ViewGraph
  public init(path: String, kind: ViewKind, graph: ViewGraph) {
    self.path = path
    self.kind = kind
    self.graph = graph
  }

  /// The document's DOT text.
  public var dot: String { graph.dot }
}
