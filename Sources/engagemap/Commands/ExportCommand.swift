import ArgumentParser
import EngageBPMN
import EngageModel
import EngageWorkspace

/// `engagemap export MODEL [--format json|bpmn] [--process ID] [-o FILE]`: the resolved model, or
/// its processes as BPMN 2.0 with diagram interchange, deterministically.
struct ExportCommand: WorkspaceCommand {
  static let configuration = CommandConfiguration(
    commandName: "export",
    abstract: "Export the resolved model.",
    discussion: """
      Writes the model with every reference resolved, in source order, byte-identical across \
      runs. A model with language or reference errors is not exported (exit 1). With --format \
      bpmn, every process becomes a BPMN 2.0 process with lanes per role and a diagram laid out \
      like its process map (docs/BPMN.md); --process ID exports one process and the processes \
      it hands over to.
      """
  )

  /// Export formats.
  enum ExportFormat: String, ExpressibleByArgument, CaseIterable {
    case json, bpmn
  }

  @OptionGroup var input: ModelInput

  @Option(help: "Export format: json or bpmn.")
  var format: ExportFormat = .json

  @Option(help: "With --format bpmn: export only this process and the processes it hands over to.")
  var process: String?

  @OptionGroup var output: OutputFileOption

  func execute(console: Console) throws -> CommandOutcome {
    if let process, format != .bpmn {
      throw WorkspaceError.failure("--process \(process) applies to --format bpmn only")
    }
    let workspace = Workspace()
    let checked = try workspace.validGraph(of: input.load(in: workspace), runRules: false)
    console.printDiagnostics(checked.diagnostics)
    let text =
      switch format {
      case .json: ModelExporter.json(checked.graph)
      case .bpmn: try bpmn(checked.graph)
      }
    if let path = output.output {
      try AtomicWriter(protecting: checked.model).write(text, to: path)
    } else {
      try console.write(text)
    }
    return .success(keepingAlive: checked)
  }

  private func bpmn(_ graph: ProcessGraph) throws(WorkspaceError) -> String {
    do {
      return try BPMNExporter.export(graph, process: process)
    } catch {
      throw .failure(error.description)
    }
  }
}
