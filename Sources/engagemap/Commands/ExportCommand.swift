import ArgumentParser
import EngageModel

/// `engagemap export MODEL --format json [-o FILE]`: the resolved model, deterministically.
struct ExportCommand: ParsableCommand {
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

  @Argument(help: "A .engage file or a directory of .engage files.")
  var model: String

  @Option(help: "Export format: json.")
  var format: ExportFormat = .json

  @Option(name: [.short, .customLong("output")], help: "Write to this file instead of standard output.")
  var output: String?

  func run() throws {
    let graph = try ModelSession.loadChecked(path: model, runRules: false)
    let text =
      switch format {
      case .json: ModelExporter.json(graph)
      }
    guard let output else {
      StandardStream.output.write(text)
      return
    }
    do {
      try AtomicFile.write(text, to: output)
    } catch let error as AtomicFileError {
      throw ExitStatus.failure(error.message)
    }
  }
}
