import EngageLanguage
import EngageModel

// Boundary API; the rules helper owns this file and replaces the body.

/// Runs the rule catalogue over a resolved model.
public enum RuleRunner {
  /// Every rule's findings with the model's `settings` applied, plus diagnostics about the
  /// settings themselves (unknown rules), in output order.
  public static func check(_ graph: ProcessGraph) -> [Diagnostic] { [] }
}
