import ArgumentParser
import EngageGraphviz
import EngageLanguage
import EngageMeasures
import EngageModel
import EngageViews
import Foundation

/// `engagemap render MODEL [--view V] [--process ID] [--format F] [-o DIR] [--data CSV]
/// [--period P]`: checks the model, renders its views in memory, then writes them atomically.
struct RenderCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render a model's process maps (landscape, process, relations, measures, engagement).",
    discussion: """
      Writes DIR/<view>.<format> and DIR/process/<id>.<format> (one per process). DIR defaults \
      to Diagrams/<model name> in the current directory. Above --collapse-above processes \
      (default \(ViewOptions.defaultCollapseThreshold)) the landscape shows each mega-process \
      as a summary node and DIR/megaprocess/<id>.<format> holds its full map.
      The model is checked first, as `engagemap check` does: when it has errors they are \
      printed and nothing is written. Every view is rendered before any file is written, so a \
      failure leaves no partial set. With --data the landscape, process and measures views are \
      coloured by measure status for --period (default: the latest period in the data).
      Exit status: 0 written, 1 the model has errors, 2 usage, data, Graphviz or I/O failure.
      """
  )

  /// The views the command can render.
  enum ViewChoice: String, ExpressibleByArgument, CaseIterable {
    case landscape, process, relations, measures, engagement
    var kind: ViewKind {
      switch self {
      case .landscape: .landscape
      case .process: .process
      case .relations: .relations
      case .measures: .measures
      case .engagement: .engagement
      }
    }
  }

  /// The output formats.
  enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
    case svg, png, pdf, dot
  }

  @Argument(help: "A .engage file or a directory of .engage files.")
  var model: String

  @Option(help: "Render only this view: landscape, process, relations, measures or engagement.")
  var view: ViewChoice?

  @Option(help: "Render only the map of this process (implies --view process).")
  var process: String?

  @Option(help: "Output format: svg, png, pdf or dot (the DOT text EngageMap generates).")
  var format: FormatChoice = .svg

  @Option(name: [.short, .customLong("output")], help: "Output directory (default: Diagrams/<model name>).")
  var output: String?

  @Option(help: "Measure data (CSV: measure,period,value[,note]); colours the maps by status.")
  var data: String?

  @Option(help: "The period to colour by, e.g. 2026-10 (needs --data; default: latest in the data).")
  var period: String?

  @Option(help: "Collapse the landscape into mega-process summaries above this many processes.")
  var collapseAbove: Int = ViewOptions.defaultCollapseThreshold

  func run() throws {
    if period != nil && data == nil { throw ExitStatus.failure("--period needs --data") }
    if collapseAbove < 0 { throw ExitStatus.failure("--collapse-above must be 0 or more") }
    if let process, let view, view != .process {
      throw ExitStatus.failure("--process \(process) renders a process map; it cannot be combined with --view \(view.rawValue)")
    }
    // The rules run on their own thread while the views are built and laid out: the render is
    // speculative until the rules pass. Both background threads yield to this one, which runs
    // Graphviz, the longest stage. Diagnostics, then the process and data checks, then any
    // Graphviz failure are reported in that order, as a sequential check-then-render would, and
    // nothing is written unless all of them pass.
    let loaded = try ModelSession.load(path: model)
    let checked = BackgroundResult { ModelSession.diagnostics(for: loaded, rulesConcurrently: false) }
    let missingProcess = loaded.graph.flatMap { graph in
      process.flatMap { process in graph.processes.contains(where: { $0.id == process }) ? nil : process }
    }
    var snapshotResult: SnapshotOutcome?
    var speculative: Result<[RenderedFile], RenderFailure>?
    if let graph = loaded.graph, missingProcess == nil {
      if let data { snapshotResult = Result { try MeasureEvaluation.snapshot(graph: graph, dataPath: data, period: period) } }
      if let plan = try? plan(graph: graph, snapshot: snapshotResult) {
        speculative = renderAll(plan) {
          checked.ready.map { ExitStatus.code(for: $0, strict: false) != ExitStatus.success } ?? false
        }
      }
    }

    let diagnostics = checked.wait()
    ModelSession.printDiagnostics(diagnostics)
    try ExitStatus.exitIfFailing(diagnostics, strict: false)
    guard let graph = loaded.graph else { throw ExitCode(ExitStatus.modelFailure) }
    if let missingProcess {
      var message = "the model has no process '\(missingProcess)'"
      if let suggestion = Suggestions.closest(to: missingProcess, among: graph.processes.map(\.id)) {
        message += "; did you mean '\(suggestion)'?"
      }
      throw ExitStatus.failure(message)
    }
    if let snapshotResult { try reportSnapshot(snapshotResult, dataPath: data ?? "") }

    let outcome = try speculative ?? renderAll(plan(graph: graph, snapshot: snapshotResult), shouldStop: { false })
    let rendered: [RenderedFile]
    switch outcome {
    case .success(let files)?: rendered = files
    case .failure(let failure)?: throw ExitStatus.failure(failure.message)
    case nil: throw ExitStatus.failure("rendering stopped before every view was rendered; nothing was written")
    }
    for file in rendered {
      do {
        try AtomicFile.write(file.bytes, to: file.path)
      } catch {
        throw ExitStatus.failure("cannot write \(file.path): \(error.localizedDescription)")
      }
    }
    let count = rendered.count == 1 ? "1 file" : "\(rendered.count) files"
    StandardStream.output.writeLine("\(ModelSession.modelName(model)): wrote \(count) to \(directory)")
    // As in `check`: ending here skips tearing down the syntax trees, the graph and the rendered
    // bytes; every file is written and standard output is unbuffered.
    Foundation.exit(ExitStatus.success)
  }

  /// The measure statuses for `--data` and the data file's diagnostics, or why there are none.
  private typealias SnapshotOutcome = Result<(snapshot: StatusSnapshot, diagnostics: [Diagnostic]), Error>

  /// One output file, rendered in memory.
  private struct RenderedFile {
    let path: String
    let bytes: [UInt8]
  }

  /// A Graphviz failure, reported only once the model has passed its checks.
  private struct RenderFailure: Error {
    let message: String
  }

  private var directory: String { output ?? "Diagrams/" + ModelSession.modelName(model) }

  /// The documents to render; throws when the data snapshot failed (reported separately).
  private func plan(graph: ProcessGraph, snapshot: SnapshotOutcome?) throws -> ViewPlan {
    var options = ViewOptions(collapseThreshold: collapseAbove, linkExtension: format.rawValue)
    if let snapshot { options.snapshot = try snapshot.get().snapshot }
    let views: [ViewKind] = process != nil ? [.process] : (view.map { [$0.kind] } ?? ViewKind.allCases)
    return ViewCatalog.plan(for: graph, views: views, process: process, options: options)
  }

  /// Every document of `plan`, built on one thread and rendered on this one; `nil` when
  /// `shouldStop` stopped it.
  private func renderAll(_ plan: ViewPlan, shouldStop: () -> Bool) -> Result<[RenderedFile], RenderFailure>? {
    do {
      let files = try ViewDocumentPipeline.run(plan, shouldStop: shouldStop) { built in
        let path = directory + "/" + built.document.path + "." + format.rawValue
        return RenderedFile(path: path, bytes: try render(built, path: path))
      }
      return files.map { .success($0) }
    } catch let failure as RenderFailure {
      return .failure(failure)
    } catch {
      return .failure(RenderFailure(message: "\(error)"))
    }
  }

  private func render(_ built: BuiltViewDocument, path: String) throws(RenderFailure) -> [UInt8] {
    if let tooLarge = ViewLimits.check(built.document) { throw RenderFailure(message: "\(tooLarge); nothing was written") }
    let dot: String
    do {
      dot = try built.document.renderableDot(dot: built.dot)
    } catch {
      throw RenderFailure(message: "Graphviz could not lay out \(path): \(error); nothing was written")
    }
    let graphvizFormat: GraphvizFormat
    switch format {
    case .dot: return Array(dot.utf8)
    case .svg: graphvizFormat = .svg
    case .png: graphvizFormat = .png
    case .pdf: graphvizFormat = .pdf
    }
    do {
      return try Graphviz.render(dot: dot, format: graphvizFormat)
    } catch {
      throw RenderFailure(message: "Graphviz could not render \(path): \(error); nothing was written")
    }
  }

  /// The snapshot computed for `--data`: prints the data file's diagnostics, or reports why it
  /// could not be computed and throws exit code 2.
  private func reportSnapshot(_ result: SnapshotOutcome, dataPath: String) throws {
    do {
      ModelSession.printDiagnostics(try result.get().diagnostics)
    } catch let error as MeasureInputError {
      ModelSession.printDiagnostics(error.diagnostics)
      throw ExitStatus.failure(error.message)
    } catch {
      throw ExitStatus.failure("\(dataPath): \(error)")
    }
  }
}
