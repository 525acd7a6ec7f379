import EngageGraphviz
import EngageLanguage
import EngageMeasures
import EngageModel
import EngageRules
import EngageViews

extension Workspace {
  /// Checks `model` and renders the views `request` asks for, in memory, in plan order.
  ///
  /// The rules run on their own thread while the views are built (on another) and laid out (on
  /// this one, which runs Graphviz, the longest stage): the render is speculative until the
  /// rules pass, and both background threads yield to this one. Failures are reported in the
  /// order a check-then-render would meet them: the model's errors (`.modelErrors`), then an
  /// unknown process or unusable measure data, then a Graphviz failure (`.usageOrIO`, after the
  /// model's and the data file's diagnostics). Nothing is written: see `AtomicWriter`.
  public func render(_ request: RenderRequest, of model: LoadedModel) throws(WorkspaceError) -> RenderedSet {
    let checked = BackgroundResult { model.checkDiagnostics(rulesConcurrently: false) }
    let missingProcess = model.graph.flatMap { graph in
      request.process.flatMap { process in graph.processes.contains(where: { $0.id == process }) ? nil : process }
    }
    var snapshot: SnapshotOutcome?
    var speculative: Result<[OutputFile], RenderFailure>?
    if let graph = model.graph, missingProcess == nil {
      if let data = request.data {
        snapshot = Result {
          let (report, dataSet) = try MeasureEvaluation.report(graph: graph, dataPath: data.path, period: data.period)
          return (report, dataSet.diagnostics)
        }
      }
      if let plan = try? Self.plan(request, graph: graph, snapshot: snapshot) {
        speculative = Self.renderAll(plan, format: request.format, cache: renderCache) {
          checked.ready.map { RuleRunner.fails($0, strict: false) } ?? false
        }
      }
    }

    let diagnostics = checked.wait()
    guard !RuleRunner.fails(diagnostics, strict: false), let graph = model.graph else {
      throw .modelErrors(diagnostics)
    }
    if let missingProcess {
      var message = "the model has no process '\(missingProcess)'"
      if let suggestion = Suggestions.closest(to: missingProcess, among: graph.processes.map(\.id)) {
        message += "; did you mean '\(suggestion)'?"
      }
      throw .failure(message, diagnostics: diagnostics)
    }
    var dataDiagnostics: [Diagnostic] = []
    var measureReport: MeasureReport?
    if let snapshot, let data = request.data {
      switch snapshot {
      case .success(let value):
        dataDiagnostics = value.diagnostics
        measureReport = value.report
      case .failure(let error as MeasureInputError):
        throw .failure(error.message, diagnostics: diagnostics + error.diagnostics)
      case .failure(let error):
        throw .failure("\(data.path): \(error)", diagnostics: diagnostics)
      }
    }

    let outcome: Result<[OutputFile], RenderFailure>?
    if let speculative {
      outcome = speculative
    } else {
      do {
        outcome = Self.renderAll(
          try Self.plan(request, graph: graph, snapshot: snapshot), format: request.format, cache: renderCache
        ) { false }
      } catch {
        throw .failure("\(error)", diagnostics: diagnostics + dataDiagnostics)
      }
    }
    switch outcome {
    case .success(let files)?:
      return RenderedSet(
        files: files, diagnostics: diagnostics, dataDiagnostics: dataDiagnostics, measureReport: measureReport)
    case .failure(let failure)?:
      throw .failure(failure.message, diagnostics: diagnostics + dataDiagnostics)
    case nil:
      throw .failure("rendering stopped before every view was rendered", diagnostics: diagnostics + dataDiagnostics)
    }
  }

  /// The measures evaluated for the request's data and the data file's diagnostics, or why
  /// there are none.
  private typealias SnapshotOutcome = Result<(report: MeasureReport, diagnostics: [Diagnostic]), Error>

  /// A Graphviz failure, reported only once the model has passed its checks.
  private struct RenderFailure: Error {
    let message: String
  }

  /// The documents to render; throws when the data snapshot failed (reported separately).
  private static func plan(_ request: RenderRequest, graph: ProcessGraph, snapshot: SnapshotOutcome?) throws -> ViewPlan {
    var options = ViewOptions(
      collapseThreshold: request.collapseThreshold, linkExtension: request.linkExtension ?? request.format.rawValue,
      mapsEveryMegaprocess: request.mapsEveryMegaprocess)
    if let snapshot { options.snapshot = try snapshot.get().report.snapshot }
    return ViewCatalog.plan(for: graph, views: request.plannedViews, process: request.process, options: options)
  }

  /// Every document of `plan`, built on one thread and rendered on this one; `nil` when
  /// `shouldStop` stopped it.
  private static func renderAll(
    _ plan: ViewPlan, format: GraphvizFormat, cache: RenderCache?, shouldStop: () -> Bool
  ) -> Result<[OutputFile], RenderFailure>? {
    do {
      let files = try ViewDocumentPipeline.run(plan, shouldStop: shouldStop) { built in
        let path = built.document.path + "." + format.rawValue
        return OutputFile(path: path, bytes: try render(built, path: path, format: format, cache: cache))
      }
      return files.map { .success($0) }
    } catch let failure as RenderFailure {
      return .failure(failure)
    } catch {
      return .failure(RenderFailure(message: "\(error)"))
    }
  }

  /// The bytes of one document: from `cache` when an earlier render laid out the same DOT.
  private static func render(_ built: BuiltViewDocument, path: String, format: GraphvizFormat, cache: RenderCache?)
    throws(RenderFailure) -> [UInt8]
  {
    guard let cache else { return try layOut(built, path: path, format: format) }
    do {
      return try cache.bytes(dot: built.document.path + "\n" + built.dot, format: format) {
        try layOut(built, path: path, format: format)
      }
    } catch let failure as RenderFailure {
      throw failure
    } catch {
      throw RenderFailure(message: "\(error)")
    }
  }

  private static func layOut(_ built: BuiltViewDocument, path: String, format: GraphvizFormat) throws(RenderFailure)
    -> [UInt8]
  {
    if let tooLarge = ViewLimits.check(built.document) { throw RenderFailure(message: "\(tooLarge); nothing was written") }
    let dot: String
    do {
      dot = try built.document.renderableDot(dot: built.dot)
    } catch {
      throw RenderFailure(message: "Graphviz could not lay out \(path): \(error)")
    }
    do {
      return try Graphviz.render(dot: dot, format: format)
    } catch {
      throw RenderFailure(message: "Graphviz could not render \(path): \(error)")
    }
  }
}
