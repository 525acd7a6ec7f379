import EngageLanguage
import EngageModel

/// Runs the rule catalogue over a resolved model.
public enum RuleRunner {
  /// Every rule's findings with the model's `settings` applied, plus diagnostics about the
  /// settings themselves (unknown rules), in output order.
  ///
  /// A rule set to `off` is not run. Each rule is linear in the model, so the whole check is.
  public static func check(_ graph: ProcessGraph) -> [Diagnostic] {
    let settings = RuleSettings(graph.settings)
    let context = RuleContext(graph: graph)
    var diagnostics = settings.diagnostics
    for rule in RuleRegistry.all {
      let descriptor = rule.descriptor
      guard let severity = settings.severity(of: descriptor) else { continue }
      for finding in rule.check(context) {
        diagnostics.append(
          Diagnostic(
            descriptor.code, severity, finding.message, at: finding.range, notes: finding.notes,
            fixIts: finding.fixIts))
      }
    }
    return diagnostics.sortedForOutput()
  }

  /// Whether diagnostics fail a run: any error, or under `strict` any warning. `info` never fails.
  public static func fails(_ diagnostics: [Diagnostic], strict: Bool) -> Bool {
    diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
  }
}

extension RuleRunner {
  /// Loads a one-file model from text (parse and resolve) and, when it has no errors, runs the
  /// rules on it: every diagnostic `engagemap check` would print, in output order.
  public static func check(source text: String, path: String = "model.engage") -> [Diagnostic] {
    let loaded = ModelLoader.load(files: [SourceFile(path: path, text: text)], root: ".")
    guard let graph = loaded.graph else { return loaded.diagnostics }
    return (loaded.diagnostics + check(graph)).sortedForOutput()
  }
}
