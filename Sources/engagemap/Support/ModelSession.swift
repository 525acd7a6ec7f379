import ArgumentParser
import EngageLanguage
import EngageModel
import EngageRules

/// Loading a model for a command: read, resolve, run the rules, print diagnostics, and turn the
/// outcome into the shared exit codes. Render, measures, site and export build on it.
enum ModelSession {
  /// Loads the model at `path`, and protects its files from being written over by any output
  /// (`AtomicFile.protect`). When the model path or one of its files cannot be read
  /// (`EM0014`), every loading diagnostic is reported on standard error and the call throws exit
  /// code 2; otherwise diagnostics are left to the caller.
  static func load(path: String) throws -> LoadResult {
    let result = ModelLoader.load(path: path)
    AtomicFile.protect(result.files.map(\.path))
    if result.isUnreadable {
      printDiagnostics(result.diagnostics)
      throw ExitCode(ExitStatus.usageOrIOFailure)
    }
    return result
  }

  /// Every diagnostic for a loaded model: loading and resolution, plus the rule catalogue when
  /// the model resolved without errors; in output order.
  /// `rulesConcurrently` false keeps the rules on the calling thread (a background check).
  static func diagnostics(for result: LoadResult, rulesConcurrently: Bool = true) -> [Diagnostic] {
    guard let graph = result.graph else { return result.diagnostics }
    return (result.diagnostics + RuleRunner.check(graph, concurrently: rulesConcurrently)).sortedForOutput()
  }

  /// Loads a model for a command that needs a valid one: prints every diagnostic (as text on
  /// standard error) and returns the graph, or throws exit code 1 when there are errors
  /// (or warnings under `strict`) and 2 when the model cannot be read.
  /// With `runRules` false only language and reference errors are checked.
  static func loadChecked(path: String, strict: Bool = false, runRules: Bool = true) throws -> ProcessGraph {
    let result = try load(path: path)
    let diagnostics = runRules ? diagnostics(for: result) : result.diagnostics
    printDiagnostics(diagnostics)
    try ExitStatus.exitIfFailing(diagnostics, strict: strict)
    guard let graph = result.graph else { throw ExitCode(ExitStatus.modelFailure) }
    return graph
  }

  /// Prints diagnostics as text on standard error, in colour when it is a terminal and
  /// `NO_COLOR` is not set.
  static func printDiagnostics(_ diagnostics: [Diagnostic]) {
    guard !diagnostics.isEmpty else { return }
    let formatter = DiagnosticTextFormatter(colour: TerminalColour.isEnabled(for: .error))
    StandardStream.error.writeLine(formatter.format(diagnostics))
  }

  /// `riverside: 14 files, 12 processes — 0 errors, 0 warnings` (and `, N info` when any).
  static func summary(for result: LoadResult, diagnostics: [Diagnostic], modelPath: String) -> String {
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.filter { $0.severity == .warning }.count
    let infos = diagnostics.filter { $0.severity == .info }.count
    var line =
      "\(modelName(modelPath)): \(counted(result.files.count, "file")), "
      + "\(counted(result.declaredProcessCount, "process", plural: "processes")) — "
      + "\(counted(errors, "error")), \(counted(warnings, "warning"))"
    if infos > 0 { line += ", \(infos) info" }
    return line
  }

  /// The name a summary gives a model: the last path component, without `.engage`.
  static func modelName(_ path: String) -> String {
    let absolute = ModelPathDisplay.absolute(path)
    let last = absolute.split(separator: "/").last.map(String.init) ?? absolute
    return last.hasSuffix(".engage") ? String(last.dropLast(".engage".count)) : last
  }

  private static func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : (plural ?? singular + "s"))"
  }
}
