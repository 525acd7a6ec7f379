import EngageLanguage
import EngageSite
import EngageWorkspace
import Hummingbird

/// Renders the model into a `PreviewSnapshot`. Keeps the last good site: when the model has
/// errors, its pages are served again with a banner of the new errors.
struct SnapshotBuilder: Sendable {
  let configuration: PreviewConfiguration
  /// The maps of earlier renders: after an edit only the maps it changed are laid out again.
  let renderCache = RenderCache()
  /// Marks where a page's live-reload script and banner go; replaced in every HTML page.
  static let marker = "<!--engagemap-preview-->"

  /// The good site's files, before the marker is replaced.
  struct GoodSite: Sendable {
    let files: [OutputFile]
    let warnings: [Diagnostic]
  }

  /// The result of one render: the snapshot, the good site to keep and the files the model read.
  func build(generation: Int, lastGood: GoodSite?) -> (snapshot: PreviewSnapshot, good: GoodSite?, loadedFiles: Set<String>) {
    var loadedFiles: Set<String> = []
    let (snapshot, good) = build(generation: generation, lastGood: lastGood, loadedFiles: &loadedFiles)
    return (snapshot, good, loadedFiles)
  }

  private func build(
    generation: Int, lastGood: GoodSite?, loadedFiles: inout Set<String>
  ) -> (snapshot: PreviewSnapshot, good: GoodSite?) {
    let workspace = Workspace(renderCache: renderCache)
    defer { renderCache.trim() }
    let options = SiteOptions(
      collapseThreshold: configuration.collapseThreshold, modelErrors: .publishDiagnostics, pageSnippet: Self.marker)
    let data = configuration.dataPath.map { MeasureDataSelection(path: $0, period: configuration.period) }
    do {
      let model = try workspace.load(configuration.modelPath)
      loadedFiles = model.filePaths
      let site = try SiteGenerator.generate(model: model, data: data, options: options, workspace: workspace)
      if site.showsModel {
        let good = GoodSite(files: site.files, warnings: site.diagnostics + site.dataDiagnostics)
        let dataErrors = site.dataDiagnostics.filter { $0.severity == .error }
        return (
          snapshot(generation, good.files, errors: dataErrors, failure: nil, warnings: good.warnings, keeping: false, aboutData: true),
          good
        )
      }
      let errors = site.diagnostics.filter { $0.severity == .error }
      if let lastGood {
        return (snapshot(generation, lastGood.files, errors: errors, failure: nil, warnings: lastGood.warnings, keeping: true), lastGood)
      }
      return (snapshot(generation, site.files, errors: errors, failure: nil, warnings: [], keeping: false), nil)
    } catch {
      let errors = error.diagnostics.filter { $0.severity == .error }
      let failure = error.message ?? (errors.isEmpty ? error.description : nil)
      let files = lastGood?.files ?? Self.failurePage
      return (
        snapshot(generation, files, errors: errors, failure: failure, warnings: lastGood?.warnings ?? [], keeping: lastGood != nil),
        lastGood
      )
    }
  }

  private func snapshot(
    _ generation: Int, _ files: [OutputFile], errors: [Diagnostic], failure: String?, warnings: [Diagnostic], keeping: Bool,
    aboutData: Bool = false
  ) -> PreviewSnapshot {
    var injected = LiveReload.snippet(generation: generation)
    if !errors.isEmpty || failure != nil {
      injected = PreviewBanner.html(diagnostics: errors, failure: failure, keepsLastGoodSite: keeping, aboutData: aboutData) + "\n" + injected
    }
    var served: [String: PreviewSnapshot.ServedFile] = [:]
    for file in files {
      var bytes = file.bytes
      if file.path.hasSuffix(".html") {
        let text = String(decoding: bytes, as: UTF8.self).replacingOccurrences(of: Self.marker, with: injected)
        bytes = Array(text.utf8)
      }
      served[file.path] = PreviewSnapshot.ServedFile(
        bytes: ByteBuffer(bytes: bytes), contentType: PreviewSnapshot.contentType(of: file.path))
    }
    return PreviewSnapshot(
      generation: generation, files: served, errors: errors, failure: failure, warnings: warnings, keepsLastGoodSite: keeping)
  }

  /// The one page of a model that has never rendered and has no diagnostics to show.
  static let failurePage = [
    OutputFile(
      path: "index.html",
      text: "<!DOCTYPE html>\n<html lang=\"en\">\n<head><meta charset=\"utf-8\"><title>EngageMap preview</title></head>\n<body>\n<h1>EngageMap preview</h1>\n" + marker + "\n</body>\n</html>\n")
  ]
}
