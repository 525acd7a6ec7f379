import ArgumentParser
import EngageGraphviz
import EngageLanguage
import EngageMeasures
import EngageModel
import EngageViews

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
    let graph = try ModelSession.loadChecked(path: model)
    if let process, !graph.processes.contains(where: { $0.id == process }) {
      var message = "the model has no process '\(process)'"
      if let suggestion = Suggestions.closest(to: process, among: graph.processes.map(\.id)) {
        message += "; did you mean '\(suggestion)'?"
      }
      throw ExitStatus.failure(message)
    }

    var options = ViewOptions(collapseThreshold: collapseAbove, linkExtension: format.rawValue)
    if let data { options.snapshot = try snapshot(graph: graph, dataPath: data) }

    let views: [ViewKind] = process != nil ? [.process] : (view.map { [$0.kind] } ?? ViewKind.allCases)
    let documents = ViewCatalog.documents(for: graph, views: views, process: process, options: options)
    let directory = output ?? "Diagrams/" + ModelSession.modelName(model)

    var rendered: [(path: String, bytes: [UInt8])] = []
    for document in documents {
      let path = directory + "/" + document.path + "." + format.rawValue
      rendered.append((path, try render(document, path: path)))
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
  }

  private func render(_ document: ViewDocument, path: String) throws -> [UInt8] {
    let dot: String
    do {
      dot = try document.renderableDot()
    } catch {
      throw ExitStatus.failure("Graphviz could not lay out \(path): \(error); nothing was written")
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
      throw ExitStatus.failure("Graphviz could not render \(path): \(error); nothing was written")
    }
  }

  private func snapshot(graph: ProcessGraph, dataPath: String) throws -> StatusSnapshot {
    do {
      let (snapshot, diagnostics) = try MeasureEvaluation.snapshot(graph: graph, dataPath: dataPath, period: period)
      ModelSession.printDiagnostics(diagnostics)
      return snapshot
    } catch let error as MeasureInputError {
      ModelSession.printDiagnostics(error.diagnostics)
      throw ExitStatus.failure(error.message)
    } catch {
      throw ExitStatus.failure("\(dataPath): \(error)")
    }
  }
}
