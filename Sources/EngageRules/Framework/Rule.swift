import EngageLanguage
import EngageModel

/// What the catalogue says about a rule: its stable code and name, default severity, title,
/// explanation with its source, and a small model that violates it with its fix.
public struct RuleDescriptor: Sendable {
  /// Stable code, e.g. `EM0103`.
  public let code: DiagnosticCode
  /// Stable kebab-case name usable in `settings` instead of the code, e.g. `step-reachable`.
  public let name: String
  public let defaultSeverity: Severity
  /// One line.
  public let title: String
  /// Why it matters, in a paragraph or two.
  public let explanation: String
  /// Where the requirement comes from (a citation).
  public let source: String
  /// A small model (complete `.engage` text) that violates the rule.
  public let violatingExample: String
  /// The same model, fixed.
  public let fixedExample: String

  public init(
    code: DiagnosticCode, name: String, defaultSeverity: Severity, title: String,
    explanation: String, source: String, violatingExample: String, fixedExample: String
  ) {
    self.code = code
    self.name = name
    self.defaultSeverity = defaultSeverity
    self.title = title
    self.explanation = explanation
    self.source = source
    self.violatingExample = violatingExample
    self.fixedExample = fixedExample
  }
}

/// One finding of a rule, before the model's settings give it a severity.
public struct Finding: Sendable {
  public let message: String
  public let range: SourceRange?
  public let notes: [DiagnosticNote]
  public let fixIts: [FixIt]

  public init(_ message: String, at range: SourceRange?, notes: [DiagnosticNote] = [], fixIts: [FixIt] = []) {
    self.message = message
    self.range = range
    self.notes = notes
    self.fixIts = fixIts
  }
}

/// A validation rule: one per file, registered in `RuleRegistry`.
public protocol Rule: Sendable {
  var descriptor: RuleDescriptor { get }
  /// Every finding in the model. Must run in time linear in the model's size.
  func check(_ context: RuleContext) -> [Finding]
}
