import Foundation
import Testing
@testable import EngageRules

@Suite("docs/RULES.md")
struct RulesDocumentTests {
  static let document = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("docs/RULES.md")

  @Test func isGeneratedFromTheRegistry() throws {
    let generated = RuleCatalogue.markdown()
    if ProcessInfo.processInfo.environment["ENGAGEMAP_RECORD"] == "1" {
      try Data(generated.utf8).write(to: Self.document, options: .atomic)
    }
    let committed = try? String(contentsOf: Self.document, encoding: .utf8)
    #expect(
      committed == generated,
      "docs/RULES.md is out of date: regenerate it with `ENGAGEMAP_RECORD=1 swift test --filter RulesDocumentTests` or `engagemap rules --format markdown > docs/RULES.md`")
  }

  @Test func listsEveryRuleWithItsSection() {
    let generated = RuleCatalogue.markdown()
    for rule in RuleRegistry.all {
      #expect(generated.contains("### \(rule.descriptor.code)\n"))
      #expect(generated.contains(rule.descriptor.source))
    }
  }
}
