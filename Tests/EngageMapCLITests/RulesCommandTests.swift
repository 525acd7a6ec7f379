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

  @Test func explainOfAnUnknownCodeExitsTwo() throws {
    let result = try CLIRunner.run(["explain", "EM0499"])
    #expect(result.status == 2)
    #expect(result.standardError.hasPrefix("error: unknown rule 'EM0499'"))
  }
}
