import EngageGraphviz
import EngageLanguage
import EngageMeasures
import EngageModel
import EngageViews
import EngageWorkspace

/// How a site is generated, besides the model and its data.
public struct SiteOptions: Sendable {
  /// What a model with errors gives.
  public enum ModelErrors: Sendable, Hashable {
    /// A `.modelErrors` failure with the diagnostics, and no site (`engagemap site`: a
    /// published site is never replaced by one of a broken model).
    case fail
    /// A site of the diagnostics alone: a home page that lists the errors, the diagnostics and
    /// rules pages (a preview server shows the errors in the browser).
    case publishDiagnostics
  }

  /// Above this many processes the landscape shows mega-process summaries.
  public var collapseThreshold: Int
  public var modelErrors: ModelErrors
  /// Markup added to every HTML page just before `</body>` (a preview server's live-reload
  /// script), as it is: nothing else on the page changes.
  public var pageSnippet: String?

  public init(
    collapseThreshold: Int = ViewOptions.defaultCollapseThreshold, modelErrors: ModelErrors = .fail,
    pageSnippet: String? = nil
  ) {
    self.collapseThreshold = collapseThreshold
    self.modelErrors = modelErrors
    self.pageSnippet = pageSnippet
  }
}

/// A generated site in memory: every file with its bytes, sorted by path, and the diagnostics.
public struct GeneratedSite: Sendable {
  /// Paths relative to the site's root (`index.html`, `process/<id>.html`, `assets/site.css`),
  /// sorted, each once.
  public let files: [OutputFile]
  /// The model's diagnostics that no `allow` suppresses (as `check` prints them): warnings and
  /// info, or the errors of a diagnostics-only site.
  public let diagnostics: [Diagnostic]
  /// The measure data file's diagnostics (rows that could not be used).
  public let dataDiagnostics: [Diagnostic]
  /// Whether the site shows the model (false: the model has errors and the site shows them).
  public let showsModel: Bool

  /// The file at `path`, if the site has one.
  public func file(_ path: String) -> OutputFile? { files.first { $0.path == path } }
}

/// Generates the static site of a model: every page as HTML with its maps inline, a style sheet
/// with a print style sheet, a script for search and the search index. Pure: it reads the model
/// and data it is given, renders through the workspace (Graphviz in-process), writes nothing,
/// keeps no state, and may be called repeatedly from any thread. The same model and data give
/// byte-identical files.
public enum SiteGenerator {
  /// The site of `model`, with measure statuses and trends from `data` when given.
  ///
  /// Throws what `Workspace.render` throws: `.modelErrors` for a model with errors (unless
  /// `options.modelErrors` asks for a site of them), `.usageOrIO` for unusable data or a
  /// Graphviz failure.
  public static func generate(
    model: LoadedModel, data: MeasureDataSelection? = nil, options: SiteOptions = SiteOptions(),
    workspace: Workspace = Workspace()
  ) throws(WorkspaceError) -> GeneratedSite {
    let request = RenderRequest(
      views: ViewKind.allCases, format: .svg, collapseThreshold: options.collapseThreshold, data: data,
      linkExtension: "html", mapsEveryMegaprocess: true)
    let rendered: RenderedSet
    do {
      rendered = try workspace.render(request, of: model)
    } catch where error.kind == .modelErrors && options.modelErrors == .publishDiagnostics {
      return try diagnosticsSite(model: model, diagnostics: error.diagnostics.unsuppressed, options: options)
    }
    guard let graph = model.graph else { throw .modelErrors(rendered.diagnostics) }
    let site = SiteModel(
      graph: graph, modelName: model.name, rendered: rendered,
      dataFileName: data.map { FileName.last(of: $0.path) },
      collapsed: ViewCatalog.isCollapsed(graph, options: ViewOptions(collapseThreshold: options.collapseThreshold)))
    do {
      var pages = [
        HomePage.make(site), ProcessesPage.make(site), RelationsPage.make(site), EngagementPage.make(site),
        RolesPage.make(site), try MeasuresPage.make(site),
        DiagnosticsPage.make(diagnostics: site.diagnostics, dataDiagnostics: site.dataDiagnostics, site: site),
        RulesPage.make(settings: graph.settings), ClientsPage.make(site), SearchPage.make(), PrintPage.make(site),
      ]
      pages += graph.megaprocesses.map { MegaprocessPage.make($0, site: site) }
      pages += Theme.bandOrder.compactMap { MegaprocessPage.band($0, site: site) }
      pages += graph.processes.map { ProcessPage.make($0, site: site) }
      pages += graph.roles.map { RolesPage.page($0, site: site) }
      let chrome = Chrome(
        siteTitle: graph.organisation?.title ?? model.name, modelName: model.name,
        dataLine: site.report.map { (site.dataFileName ?? "", $0.period.description) },
        diagnostics: site.diagnostics, showsModel: true, snippet: options.pageSnippet)
      var files = try pages.map { page throws(SiteTemplateError) in try chrome.file(page) }
      files.append(OutputFile(path: SitePath.searchIndex, text: SearchIndex.script(site)))
      files += assets
      return try finished(files, diagnostics: site.diagnostics, dataDiagnostics: site.dataDiagnostics, showsModel: true)
    } catch {
      throw .failure(error.description, diagnostics: rendered.diagnostics + rendered.dataDiagnostics)
    }
  }

  /// Loads the model at `path` and generates its site.
  public static func generate(
    modelAt path: String, data: MeasureDataSelection? = nil, options: SiteOptions = SiteOptions(),
    workspace: Workspace = Workspace()
  ) throws(WorkspaceError) -> GeneratedSite {
    try generate(model: workspace.load(path), data: data, options: options, workspace: workspace)
  }

  /// The style sheet and the script, the same for every site.
  static var assets: [OutputFile] {
    [OutputFile(path: SitePath.styleSheet, text: SiteStyleSheet.text), OutputFile(path: SitePath.script, text: SiteScript.text)]
  }

  /// The site of a model with errors: its home page lists them, with the diagnostics and rules
  /// pages; nothing else, since there is no valid model to show.
  private static func diagnosticsSite(
    model: LoadedModel, diagnostics: [Diagnostic], options: SiteOptions
  ) throws(WorkspaceError) -> GeneratedSite {
    let title = model.graph?.organisation?.title ?? model.name
    let chrome = Chrome(
      siteTitle: title, modelName: model.name, dataLine: nil, diagnostics: diagnostics, showsModel: false,
      snippet: options.pageSnippet)
    do {
      let pages = [
        DiagnosticsPage.errorHome(title: title, diagnostics: diagnostics),
        DiagnosticsPage.make(diagnostics: diagnostics, dataDiagnostics: [], site: nil),
        RulesPage.make(settings: []),
      ]
      var files = try pages.map { page throws(SiteTemplateError) in try chrome.file(page) }
      files += assets
      return try finished(files, diagnostics: diagnostics, dataDiagnostics: [], showsModel: false)
    } catch {
      throw .failure(error.description, diagnostics: diagnostics)
    }
  }

  /// The files sorted by path; a path given twice is a fault of the generator, reported rather
  /// than written.
  private static func finished(
    _ files: [OutputFile], diagnostics: [Diagnostic], dataDiagnostics: [Diagnostic], showsModel: Bool
  ) throws(SiteTemplateError) -> GeneratedSite {
    let sorted = files.sorted { $0.path < $1.path }
    for (previous, next) in zip(sorted, sorted.dropFirst()) where previous.path == next.path {
      throw SiteTemplateError(template: next.path, reason: "two pages have this path")
    }
    return GeneratedSite(files: sorted, diagnostics: diagnostics, dataDiagnostics: dataDiagnostics, showsModel: showsModel)
  }
}

/// The last component of a path, as shown in the footer (never the directories, which are the
/// publisher's own).
enum FileName {
  static func last(of path: String) -> String {
    path.split(separator: "/").last.map(String.init) ?? path
  }
}
