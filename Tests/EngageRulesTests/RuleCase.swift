import Testing
@testable import EngageRules

/// One row of a rule test table: a model, the rule's code, and where its findings must be
/// (`line:col`, in output order; empty when the model satisfies the rule).
struct RuleCase: CustomTestStringConvertible, Sendable {
  let name: String
  let code: String
  let model: String
  let expected: [String]

  init(_ name: String, _ code: String, _ model: String, at expected: [String]) {
    self.name = name
    self.code = code
    self.model = model
    self.expected = expected
  }

  /// The descriptor's violating example, with the locations its findings must have.
  static func violating(_ code: String, at expected: [String]) -> RuleCase {
    RuleCase("\(code) violating example", code, RuleRegistry.rule(named: code)?.descriptor.violatingExample ?? "", at: expected)
  }

  /// The descriptor's fixed example, which must give no finding of the rule.
  static func fixed(_ code: String) -> RuleCase {
    RuleCase("\(code) fixed example", code, RuleRegistry.rule(named: code)?.descriptor.fixedExample ?? "", at: [])
  }

  var testDescription: String { name }
}
