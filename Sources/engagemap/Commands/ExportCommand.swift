import ArgumentParser
import EngageModel
import EngageWorkspace

/// `engagemap export MODEL --format json [-o FILE]`: the resolved model, deterministically.
struct ExportCommand: WorkspaceCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the resolved model.",
    discussion: """
      Writes the model with every reference resolved, in source order, byte-identical across \
      runs. A model with language or reference errors is not exported (exit 1).
      """
  )

  /// Export formats.
  enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json
  }

  @OptionGroup var input: ModelInput

  @Option(help: "Export format: json.")
  var format: ExportFormat = .json

  @OptionGroup var output: OutputFileOption

  func execute(console: Console) throws -> CommandOutcome {
    let workspace = Workspace()
    let checked = try workspace.validGraph(of: input.load(in: workspace), runRules: false)
    console.printDiagnostics(checked.diagnostics)
    let text =
      switch format {
      case .json: ModelExporter.json(checked.graph)
      }
    if let path = output.output {
      try AtomicWriter(protecting: checked.model).write(text, to: path)
    } else {
      try console.write(text)
    }
    return .success(keepingAlive: checked)
  }
}
