import ArgumentParser
import EngageGraphviz
import EngageViews
import EngageWorkspace

/// `engagemap render MODEL [--view V] [--process ID] [--format F] [-o DIR] [--data CSV]
/// [--period P]`: checks the model, renders its views in memory, then writes them atomically.
struct RenderCommand: WorkspaceCommand {
  static let configuration = CommandConfiguration(
    commandName: "render",
    abstract: "Render a model's process maps (landscape, process, relations, measures, engagement).",
    discussion: """
      Writes DIR/<view>.<format> and DIR/process/<id>.<format> (one per process). DIR defaults \
      to Diagrams/<model name> in the current directory. Above --collapse-above processes \
      (default \(ViewOptions.defaultCollapseThreshold)) the landscape shows each mega-process \
      as a summary node and DIR/megaprocess/<id>.<format> holds its full map.
      The model is checked first, as `engagemap check` does: when it has errors they are \
      printed and nothing is written. Every view is rendered in memory, then the files are \
      written into a staging directory and moved into DIR only when all of them are written: a \
      failure leaves DIR as it was (other files in DIR stay). With --data the landscape, process and measures views are \
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
    var format: GraphvizFormat {
      switch self {
      case .svg: .svg
      case .png: .png
      case .pdf: .pdf
      case .dot: .dot
      }
    }
  }

  @OptionGroup var input: ModelInput

  @Option(help: "Render only this view: landscape, process, relations, measures or engagement.")
  var view: ViewChoice?

  @Option(help: "Render only the map of this process (implies --view process).", completion: .custom(ProcessCompletion.complete))
  var process: String?

  @Option(help: "Output format: svg, png, pdf or dot (the DOT text EngageMap generates).")
  var format: FormatChoice = .svg

  @Option(name: [.short, .customLong("output")], help: "Output directory (default: Diagrams/<model name>).")
  var output: String?

  @OptionGroup var measureData: MeasureDataOptions

  @OptionGroup var collapse: CollapseOption

  func validate() throws {
    if let process, let view, view != .process {
      throw ValidationError(
        "--process \(process) renders a process map; it cannot be combined with --view \(view.rawValue)")
    }
  }

  func execute(console: Console) throws -> CommandOutcome {
    let workspace = Workspace()
    let model = try workspace.load(input.model)
    let request = RenderRequest(
      views: view.map { [$0.kind] } ?? ViewKind.allCases, process: process, format: format.format,
      collapseThreshold: collapse.collapseAbove, data: measureData.selection)
    let rendered = try workspace.render(request, of: model)
    console.printDiagnostics(rendered.diagnostics + rendered.dataDiagnostics)
    let directory = output ?? "Diagrams/" + model.name
    try AtomicWriter(protecting: model, measureData: measureData.data).write(rendered.files, into: directory)
    let count = rendered.files.count == 1 ? "1 file" : "\(rendered.files.count) files"
    try console.writeLine("\(model.name): wrote \(count) to \(directory)")
    return .success(keepingAlive: (model, rendered))
  }
}
