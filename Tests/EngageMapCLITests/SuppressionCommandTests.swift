import Foundation
import Testing

/// `engagemap check` on a model whose `allow` statements suppress findings: the exit status, the
/// summary count, `--show-suppressed`, and the JSON and SARIF formats; `explain` says how.
@Suite("engagemap check with allow")
struct SuppressionCommandTests {
  /// Riverside plus a management process with no inputs, outputs or measures (two EM0206 and one
  /// EM0207 warnings), its only findings; `allows` go in that process's block. The scratch
  /// directory lives as long as the returned value.
  static func model(allows: [String]) throws -> (scratch: ScratchDirectory, path: String) {
    let scratch = try ScratchDirectory()
    let model = "\(scratch.path)/riverside"
    try FileManager.default.copyItem(atPath: "\(CLIRunner.packageRoot)/Models/riverside", toPath: model)
    let text = try String(contentsOfFile: "\(model)/shared/roles.engage", encoding: .utf8)
    let owner = try #require(
      text.split(separator: "\n").first { $0.hasPrefix("role ") }?.split(separator: " ").dropFirst().first)
    let lines = [
      "process board_review \"Board review\" {", "  kind management", "  owner \(owner)",
      "  purpose \"Review the year with the board\"",
    ] + allows.map { "  " + $0 } + ["}", ""]
    try scratch.write("riverside/zz-board.engage", lines.joined(separator: "\n"))
    return (scratch, model)
  }

  static let allows = [
    "allow EM0206 \"the board reviews the year as a whole, without a formal input or output\"",
    "allow process-has-measure \"the board is measured by the regional authority\"",
  ]

  @Test func suppressedFindingsPassStrictAndAreCountedInTheSummary() throws {
    let fixture = try Self.model(allows: Self.allows)
    let model = fixture.path
    let result = try CLIRunner.run(["check", model, "--strict"], environment: ["NO_COLOR": "1"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput.hasSuffix("— 0 errors, 0 warnings, 3 suppressed\n"))
    #expect(result.standardError == "")
    let without = try Self.model(allows: [])
    defer { withExtendedLifetime(without) {} }
    let failing = try CLIRunner.run(["check", without.path, "--strict"], environment: ["NO_COLOR": "1"])
    #expect(failing.status == 1)
    #expect(failing.standardOutput.hasSuffix("— 0 errors, 3 warnings\n"))
    withExtendedLifetime(fixture) {}
  }

  @Test func showSuppressedPrintsThemMarkedWithTheirAllow() throws {
    let fixture = try Self.model(allows: Self.allows)
    let model = fixture.path
    let result = try CLIRunner.run(["check", model, "--show-suppressed"], environment: ["NO_COLOR": "1"])
    #expect(result.status == 0)
    let marked = result.standardError.split(separator: "\n").filter { $0.hasSuffix("(suppressed)") }
    #expect(marked.count == 3)
    #expect(marked.allSatisfy { $0.contains("zz-board.engage:1:9: warning: process 'board_review' has no") })
    #expect(result.standardError.contains("zz-board.engage:6:3: note: suppressed here: the board is measured by the regional authority"))
    withExtendedLifetime(fixture) {}
  }

  @Test func anUnusedAllowFailsStrict() throws {
    let fixture = try Self.model(allows: Self.allows + ["allow EM0301 \"no partners here\""])
    let model = fixture.path
    let result = try CLIRunner.run(["check", model, "--strict"], environment: ["NO_COLOR": "1"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("zz-board.engage:7:3: warning: 'allow EM0301' suppresses nothing"))
    #expect(result.standardError.contains("[EM0016]"))
    #expect(result.standardOutput.hasSuffix("— 0 errors, 1 warning, 3 suppressed\n"))
    withExtendedLifetime(fixture) {}
  }

  @Test func jsonAndSARIFMarkTheSuppressedFindings() throws {
    let fixture = try Self.model(allows: Self.allows)
    let model = fixture.path
    let json = try CLIRunner.run(["check", model, "--format", "json", "--strict"])
    #expect(json.status == 0)
    let records = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
    #expect(records.count == 3)
    let reasons = records.compactMap { ($0["suppressed"] as? [String: Any])?["reason"] as? String }
    #expect(reasons.count == 3)
    #expect(reasons.filter { $0.hasPrefix("the board reviews the year") }.count == 2)
    let sarif = try CLIRunner.run(["check", model, "--format", "sarif"])
    #expect(sarif.status == 0)
    let log = try #require(try JSONSerialization.jsonObject(with: Data(sarif.standardOutput.utf8)) as? [String: Any])
    let results = try #require((log["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
    let kinds = results.flatMap { ($0["suppressions"] as? [[String: Any]] ?? []).compactMap { $0["kind"] as? String } }
    #expect(kinds == ["inSource", "inSource", "inSource"])
    withExtendedLifetime(fixture) {}
  }

  @Test func explainSaysHowToSuppressOneFinding() throws {
    let result = try CLIRunner.run(["explain", "two-patient-partners"])
    #expect(result.status == 0)
    #expect(result.standardOutput.contains("`allow EM0301 \"reason\"` in the block of the element it points into"))
  }
}
