import Foundation
import Testing

@Suite("engagemap rules and explain")
struct RulesCommandTests {
  @Test func rulesListsTheMeasureDataCodesAsAGroup() throws {
    let result = try CLIRunner.run(["rules"])
    #expect(result.status == 0, "\(result.standardError)")
    let line = result.standardOutput.split(separator: "\n").first { $0.hasPrefix("EM0401–EM0410") }
    #expect(line?.contains("data") == true)
  }

  /// (argument, a line the page must hold)
  static let explained: [(String, String)] = [
    ("EM0401", "Code:      EM0401 (unknown-measure)"),
    ("EM0403", "Code:      EM0403 (unknown-period)"),
    ("unknown-column", "Severity:  warning (measure-data diagnostics cannot be configured)"),
    ("EM0007", "Code:      EM0007 (unknown-reference)"),
  ]

  @Test(arguments: explained)
  func explainPrintsMeasureDataAndLanguageCodes(argument: String, line: String) throws {
    let result = try CLIRunner.run(["explain", argument])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardError == "")
    #expect(result.standardOutput.split(separator: "\n").contains { $0 == line })
  }

  @Test func rulesAsJSONListsTheMeasureDataCodes() throws {
    let result = try CLIRunner.run(["rules", "--format", "json"])
    #expect(result.status == 0, "\(result.standardError)")
    let entries = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [[String: Any]])
    let data = entries.filter { $0["group"] as? String == "data" }
    #expect(data.map { $0["code"] as? String } == (1...10).map { String(format: "EM04%02d", $0) })
    #expect(data.first { $0["code"] as? String == "EM0408" }?["defaultSeverity"] as? String == "warning")
  }

  @Test func explainSuggestsAMeasureDataName() throws {
    let result = try CLIRunner.run(["explain", "unknown-measur"])
    #expect(result.status == 2)
    #expect(result.standardError.contains("did you mean 'unknown-measure'?"))
  }

  @Test func explainOfAnUnknownCodeExitsTwo() throws {
    let result = try CLIRunner.run(["explain", "EM0499"])
    #expect(result.status == 2)
    #expect(result.standardError.hasPrefix("error: unknown rule 'EM0499'"))
  }
}
