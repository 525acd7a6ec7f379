import EngageGraphviz
import EngageLanguage
import EngageMeasures
import EngageViews

/// What to render: which views (or one process's map), in which format, how far the landscape
/// collapses, and optionally which measure data colours the maps.
public struct RenderRequest: Sendable, Equatable {
  /// The views to render, in `ViewKind` order whatever the order here.
  public var views: [ViewKind]
  /// Only the map of this process (then only the process view is rendered).
  public var process: String?
  public var format: GraphvizFormat
  /// Above this many processes the landscape shows mega-process summaries.
  public var collapseThreshold: Int
  /// The measure data the maps are coloured by, if any.
  public var data: MeasureDataSelection?
  /// The extension links between maps point at; `nil` for the format's own (`svg`), `html` for
  /// maps inlined in the site's pages.
  public var linkExtension: String?
  /// Whether every mega-process gets a map (and a link from the landscape) even when the
  /// landscape is not collapsed: see `ViewOptions.mapsEveryMegaprocess`.
  public var mapsEveryMegaprocess: Bool

  public init(
    views: [ViewKind] = ViewKind.allCases, process: String? = nil, format: GraphvizFormat = .svg,
    collapseThreshold: Int = ViewOptions.defaultCollapseThreshold, data: MeasureDataSelection? = nil,
    linkExtension: String? = nil, mapsEveryMegaprocess: Bool = false
  ) {
    self.views = views
    self.process = process
    self.format = format
    self.collapseThreshold = collapseThreshold
    self.data = data
    self.linkExtension = linkExtension
    self.mapsEveryMegaprocess = mapsEveryMegaprocess
  }

  /// The views the plan covers: the process view alone when a process is named.
  var plannedViews: [ViewKind] { process != nil ? [.process] : views }
}

/// A measure data file (CSV: `measure,period,value[,note]`) and the period to evaluate
/// (`nil`: the latest period in the data).
public struct MeasureDataSelection: Sendable, Equatable {
  public var path: String
  public var period: String?

  public init(path: String, period: String? = nil) {
    self.path = path
    self.period = period
  }
}

/// A model's views rendered in memory: the files in plan order, with the diagnostics that did
/// not stop the render (the model's warnings, then the data file's bad rows).
public struct RenderedSet: Sendable {
  /// Relative paths (`landscape.svg`, `process/<id>.svg`, ...) with their bytes, in plan order.
  public let files: [OutputFile]
  /// The model's diagnostics (warnings and info: a model with errors is not rendered).
  public let diagnostics: [Diagnostic]
  /// The measure data file's diagnostics (rows that could not be used), when there is one.
  public let dataDiagnostics: [Diagnostic]
  /// The measures evaluated against the request's data, which coloured the maps; `nil`
  /// without data.
  public let measureReport: MeasureReport?
}
