import EngageLanguage
import EngageModel
@testable import EngageRules

/// Loads models from text and reads their diagnostics, for the catalogue's tests.
enum RuleCheck {
  /// Everything `engagemap check` reports on a one-file model.
  static func diagnostics(_ text: String, path: String = "model.engage") -> [Diagnostic] {
    RuleRunner.check(source: text, path: path)
  }

  /// `line:col` of each diagnostic with a code, in output order.
  static func locations(of code: String, in text: String) -> [String] {
    diagnostics(text).filter { $0.code.rawValue == code }.map(location)
  }

  static func location(_ diagnostic: Diagnostic) -> String {
    diagnostic.range.map { "\($0.startLocation.line):\($0.startLocation.column)" } ?? "-"
  }

  /// The language errors (`EM00xx`) of a model, which would stop the rules from running.
  static func languageErrors(_ text: String) -> [String] {
    diagnostics(text).filter { $0.code.rawValue.hasPrefix("EM00") }.map { "\(location($0)) \($0.message) [\($0.code)]" }
  }

  /// Whether a code belongs to the integrity or completeness groups.
  static func isIntegrityOrCompleteness(_ code: DiagnosticCode) -> Bool {
    code.rawValue.hasPrefix("EM01") || code.rawValue.hasPrefix("EM02")
  }
}
