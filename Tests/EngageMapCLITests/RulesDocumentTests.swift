import EngageTestSupport
import Foundation
import Testing

/// `docs/RULES.md` is what `engagemap rules --format markdown` prints: the rule registry
/// (EngageRules) with the measure-data codes EngageMeasures describes, combined by the CLI.
@Suite("docs/RULES.md")
struct RulesDocumentTests {
  static let docs = GoldenDirectory(URL(fileURLWithPath: CLIRunner.packageRoot).appendingPathComponent("docs"))

  /// docs/RULES.md is a golden file: regenerate it by recording the tests (README, "Tests") or
  /// with `engagemap rules --format markdown > docs/RULES.md`.
  @Test func isGeneratedFromTheCatalogue() throws {
    let result = try CLIRunner.run(["rules", "--format", "markdown"])
    #expect(result.status == 0, "\(result.standardError)")
    Self.docs.expect(result.standardOutput, matches: "RULES.md")
  }

  @Test func listsEveryMeasureDataCodeWithItsRange() throws {
    let result = try CLIRunner.run(["rules", "--format", "markdown"])
    let rows = result.standardOutput.split(separator: "\n").filter { $0.hasPrefix("| EM04") }
    #expect(rows.map { String($0.prefix(8)) } == (1...10).map { String(format: "| EM04%02d", $0) })
    #expect(
      result.standardOutput.contains(
        "`percent` takes 0–100; `count`, `days`, `hours` and `minutes` take 0 or more (`ratio`, `score` and `currency` are unbounded)"))
  }
}
