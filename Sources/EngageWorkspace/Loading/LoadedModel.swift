import EngageLanguage
import EngageModel
import EngageRules

/// A model read from disk: what `ModelLoader` returned, the absolute paths of the files it was
/// read from (which no output may replace), and the name summaries and default output
/// directories give it. Immutable and `Sendable`: one loaded model may be rendered, checked and
/// reported on from several threads at once.
public struct LoadedModel: Sendable {
  /// The model path as it was given (a `.engage` file or a directory).
  public let path: String
  /// The loader's result: the graph (when it resolved), loading and resolution diagnostics, the
  /// files and their syntax trees.
  public let result: LoadResult
  /// The model's name: the last component of its path, without `.engage` (`riverside`).
  public let name: String
  /// The directory the files' paths are shown relative to (absolute).
  let displayBase: String

  init(path: String, result: LoadResult, displayBase: String, name: String? = nil) {
    self.path = path
    self.result = result
    self.displayBase = displayBase
    self.name = name ?? Self.name(ofModelAt: path)
  }

  /// The absolute, normalised path of every file the model was read from.
  public var filePaths: Set<String> {
    Set(result.files.map { ModelPath.absolute($0.path, relativeTo: displayBase) })
  }

  /// The model's files as inputs no output may replace, named as diagnostics name them.
  public var protectedFiles: [AtomicWriter.ProtectedFile] {
    result.files.map { file in
      // Only opened, never compared as text: the unnormalised join is as good as the absolute path.
      let path = file.path.hasPrefix("/") ? file.path : displayBase + "/" + file.path
      return AtomicWriter.ProtectedFile(path: path, shownAs: file.path, role: .modelFile)
    }
  }

  /// The resolved graph, or `nil` when loading or resolution reported an error.
  public var graph: ProcessGraph? { result.graph }

  /// Every diagnostic of a check: loading and resolution, plus the rule catalogue when the
  /// model resolved without errors, sorted for output. `rulesConcurrently` false keeps the rules
  /// on the calling thread (for a check that is itself on a background thread).
  public func checkDiagnostics(rulesConcurrently: Bool = true) -> [Diagnostic] {
    guard let graph = result.graph else { return result.diagnostics }
    return (result.diagnostics + RuleRunner.check(graph, concurrently: rulesConcurrently)).sortedForOutput()
  }

  /// `riverside: 9 files, 13 processes — 0 errors, 0 warnings` (and `, N info`, `, N suppressed`
  /// when any). Suppressed findings count only as suppressed.
  public func summary(of diagnostics: [Diagnostic]) -> String {
    let shown = diagnostics.unsuppressed
    let suppressed = diagnostics.count - shown.count
    let errors = shown.filter { $0.severity == .error }.count
    let warnings = shown.filter { $0.severity == .warning }.count
    let infos = shown.filter { $0.severity == .info }.count
    var line =
      "\(name): \(Self.counted(result.files.count, "file")), "
      + "\(Self.counted(result.declaredProcessCount, "process", plural: "processes")) — "
      + "\(Self.counted(errors, "error")), \(Self.counted(warnings, "warning"))"
    if infos > 0 { line += ", \(infos) info" }
    if suppressed > 0 { line += ", \(suppressed) suppressed" }
    return line
  }

  /// The name of the model at `path`: the last component of its absolute path, without
  /// `.engage`.
  public static func name(ofModelAt path: String) -> String {
    let absolute = ModelPath.absolute(path, relativeTo: ModelPath.workingDirectory)
    let last = absolute.split(separator: "/").last.map(String.init) ?? absolute
    return last.hasSuffix(".engage") ? String(last.dropLast(".engage".count)) : last
  }

  private static func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : (plural ?? singular + "s"))"
  }
}

/// A loaded model with the diagnostics of its check.
public struct ModelCheck: Sendable {
  public let model: LoadedModel
  /// Loading, resolution and rule diagnostics, in output order.
  public let diagnostics: [Diagnostic]

  /// Whether the check fails: any error, or any warning under `strict` (info never fails).
  public func fails(strict: Bool) -> Bool {
    RuleRunner.fails(diagnostics, strict: strict)
  }

  /// The one-line summary of the check.
  public var summary: String { model.summary(of: diagnostics) }
}

/// A model that loaded and resolved without errors, for the commands that need a valid one.
public struct CheckedModel: Sendable {
  public let model: LoadedModel
  public let graph: ProcessGraph
  /// The diagnostics that did not fail the check (warnings, info), in output order.
  public let diagnostics: [Diagnostic]
}
