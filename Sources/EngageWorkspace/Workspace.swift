import EngageLanguage
import EngageModel
import EngageRules

/// The EngageMap pipeline as a library: load → check → views → lane layout → render, measure
/// reports, and atomic output (`AtomicWriter`). Every operation returns values or throws a
/// `WorkspaceError`; nothing prints, exits or keeps global state, so commands, a preview server
/// and a language server can call it repeatedly and from several threads at once.
public struct Workspace: Sendable {
  /// The directory diagnostics show file paths relative to (absolute); `nil` for the working
  /// directory at the time of each load.
  public let displayBase: String?
  /// Maps kept from earlier renders (`RenderCache`); `nil` renders every map afresh.
  public let renderCache: RenderCache?

  public init(displayPathsRelativeTo displayBase: String? = nil, renderCache: RenderCache? = nil) {
    self.displayBase = displayBase.map { ModelPath.absolute($0, relativeTo: ModelPath.workingDirectory) }
    self.renderCache = renderCache
  }

  /// Reads and resolves the model at `path` (a `.engage` file or a directory of them).
  ///
  /// Throws a `.usageOrIO` error carrying every loading diagnostic when the path or one of the
  /// model's files cannot be read (`EM0014`); language and reference errors are not failures
  /// here but diagnostics of the returned model.
  public func load(_ path: String) throws(WorkspaceError) -> LoadedModel {
    let base = displayBase ?? ModelPath.workingDirectory
    let result = ModelLoader.load(path: path, displayPathsRelativeTo: base)
    if result.isUnreadable { throw WorkspaceError(.usageOrIO, message: nil, diagnostics: result.diagnostics) }
    return LoadedModel(path: path, result: result, displayBase: base)
  }

  /// Reads and resolves a model of one file that is not read from disk (standard input), named
  /// `shownAs` in diagnostics and summaries. Its includes resolve relative to the working
  /// directory and may not leave it.
  public func load(source bytes: [UInt8], shownAs: String = Workspace.standardInputName) -> LoadedModel {
    let workingDirectory = ModelPath.workingDirectory
    let file = SourceFile(path: shownAs, bytes: bytes)
    let result = ModelLoader.load(files: [file], root: workingDirectory)
    return LoadedModel(path: shownAs, result: result, displayBase: workingDirectory, name: shownAs)
  }

  /// How diagnostics name a model read from standard input.
  public static let standardInputName = "<stdin>"

  /// Loads the model at `path` and checks it: loading, resolution and the rule catalogue.
  /// A model with errors is a result (`ModelCheck.fails(strict:)`), not a thrown error.
  public func check(_ path: String) throws(WorkspaceError) -> ModelCheck {
    check(try load(path))
  }

  /// Checks a loaded model: its loading and resolution diagnostics and the rule catalogue.
  public func check(_ model: LoadedModel) -> ModelCheck {
    ModelCheck(model: model, diagnostics: model.checkDiagnostics())
  }

  /// The graph of a model that must be valid: throws `.modelErrors` with the diagnostics when it
  /// has errors (or warnings under `strict`). With `runRules` false only language and reference
  /// errors count (what `export` and `measures` need).
  public func validGraph(of model: LoadedModel, strict: Bool = false, runRules: Bool = true) throws(WorkspaceError)
    -> CheckedModel
  {
    let diagnostics = runRules ? model.checkDiagnostics() : model.result.diagnostics
    guard !RuleRunner.fails(diagnostics, strict: strict), let graph = model.graph else {
      throw .modelErrors(diagnostics)
    }
    return CheckedModel(model: model, graph: graph, diagnostics: diagnostics)
  }
}
