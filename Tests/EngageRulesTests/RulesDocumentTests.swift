import EngageTestSupport
import Foundation
import Testing
@testable import EngageRules

@Suite("docs/RULES.md")
struct RulesDocumentTests {
  static let docs = GoldenDirectory(
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
      .appendingPathComponent("docs"))

  /// docs/RULES.md is a golden file: regenerate it by recording the tests (README, "Tests") or
  /// with `engagemap rules --format markdown > docs/RULES.md`.
  @Test func isGeneratedFromTheRegistry() {
    Self.docs.expect(RuleCatalogue.markdown(), matches: "RULES.md")
  }

  @Test func listsEveryRuleWithItsSection() {
    let generated = RuleCatalogue.markdown()
    for rule in RuleRegistry.all {
      #expect(generated.contains("### \(rule.descriptor.code)\n"))
      #expect(generated.contains(rule.descriptor.source))
    }
  }
}
