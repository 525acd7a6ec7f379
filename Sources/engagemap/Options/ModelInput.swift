import ArgumentParser
import EngageWorkspace

/// The MODEL argument every model command takes.
struct ModelInput: ParsableArguments {
  @Argument(
    help: "A .engage file or a directory of .engage files.",
    completion: .file(extensions: ["engage"]))
  var model: String

  /// Whether the model is read from standard input (`-`).
  var isStandardInput: Bool { model == StandardInput.argument }

  /// The model at the path, or, for `-`, the text on standard input as a one-file model named
  /// `<stdin>` whose includes resolve relative to the working directory.
  func load(in workspace: Workspace) throws(WorkspaceError) -> LoadedModel {
    guard isStandardInput else { return try workspace.load(model) }
    do {
      return workspace.load(source: try StandardInput.readAll())
    } catch {
      throw .failure(error.description)
    }
  }
}
