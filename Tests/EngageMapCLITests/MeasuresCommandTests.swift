import Foundation
import Testing

/// `engagemap measures`: formats, exit codes and bad data, on the measures fixture
/// (Tests/EngageMeasuresTests/Fixtures/clinic), whose reports are golden files there.
@Suite("engagemap measures")
struct MeasuresCommandTests {
  static let model = "Tests/EngageMeasuresTests/Fixtures/clinic/model.engage"
  static let data = "Tests/EngageMeasuresTests/Fixtures/clinic/data.csv"
  static let badData = "Tests/EngageMeasuresTests/Fixtures/clinic/bad-data.csv"
  static let golden = "\(CLIRunner.packageRoot)/Tests/EngageMeasuresTests/Golden"

  static func goldenText(_ name: String) throws -> String {
    let bytes = try #require(FileManager.default.contents(atPath: "\(golden)/\(name)"))
    return String(decoding: bytes, as: UTF8.self)
  }

  @Test(arguments: [("text", "clinic.txt"), ("markdown", "clinic.md"), ("json", "clinic.json"), ("csv", "clinic.csv")])
  func printsEachFormatAndExitsOneWhenAMeasureMissed(format: String, golden: String) throws {
    let result = try CLIRunner.run(["measures", Self.model, "--data", Self.data, "--format", format])
    #expect(result.status == 1, "\(result.standardError)")
    #expect(result.standardError == "")
    #expect(result.standardOutput == (try Self.goldenText(golden)))
  }

  @Test func exitsZeroWhenNoMeasureMissed() throws {
    let result = try CLIRunner.run(["measures", Self.model, "--data", Self.data, "--period", "2026-08"])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == (try Self.goldenText("clinic-2026-08.txt")))
  }

  @Test func reportsBadRowsWithLocationsAndEvaluatesTheRest() throws {
    let result = try CLIRunner.run(["measures", Self.model, "--data", Self.badData, "--format", "json"])
    #expect(result.status == 1)
    #expect(result.standardError.contains("bad-data.csv:2:9: error: unknown measure 'plans_with_goal'; did you mean 'plans_with_goals'? [EM0401]"))
    #expect(result.standardError.contains("bad-data.csv:9:26: error: the value 150 is outside the range"))
    let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
    let measures = try #require(object?["measures"] as? [[String: Any]])
    let plans = measures.first { $0["id"] as? String == "plans_with_goals" }
    #expect(plans?["status"] as? String == "met")
    #expect(measures.count == 8)
    let problems = try #require(object?["dataProblems"] as? [[String: Any]])
    #expect(problems.map { "\($0["code"] ?? "")@\($0["line"] ?? ""):\($0["column"] ?? "")" } == Self.badDataProblems)
    #expect(problems.first?["severity"] as? String == "error")
    #expect(problems.first?["file"] as? String == Self.badData)
    #expect(problems.first?["message"] as? String == "unknown measure 'plans_with_goal'; did you mean 'plans_with_goals'?")
  }

  /// The problems of bad-data.csv, as `code@line:column`.
  static let badDataProblems = [
    "EM0401@2:9", "EM0402@3:25", "EM0403@4:1", "EM0404@6:1", "EM0405@8:24", "EM0405@9:26",
  ]

  /// Each format lists the data file's problems after the report, and the run exits 1.
  @Test(arguments: [
    (
      "text",
      [
        "\nData problems (6 errors; rows with errors were not evaluated):\n",
        "\n  \(badData):2:9: error [EM0401] unknown measure 'plans_with_goal'; did you mean 'plans_with_goals'?\n",
        "\n  \(badData):9:26: error [EM0405] the value 150 is outside the range",
      ]
    ),
    (
      "markdown",
      [
        "\n## Data problems (6 errors; rows with errors were not evaluated)\n\n| Where | Severity | Code | Message |\n",
        "\n| \(badData):2:9 | error | EM0401 | unknown measure 'plans_with_goal'; did you mean 'plans_with_goals'? |\n",
      ]
    ),
    (
      "html",
      [
        "<h2 id=\"data-problems\">Data problems (6 errors; rows with errors were not evaluated)</h2>",
        "<td><code>\(badData):2:9</code></td>\n<td>error</td>\n<td><code>EM0401</code></td>\n<td>unknown measure &#39;plans_with_goal&#39;; did you mean &#39;plans_with_goals&#39;?</td>",
      ]
    ),
    (
      "csv",
      [
        "\n\nproblem,file,line,column,severity,code,message\n1,\(badData),2,9,error,EM0401,unknown measure 'plans_with_goal'; did you mean 'plans_with_goals'?\n",
        "\n6,\(badData),9,26,error,EM0405,",
      ]
    ),
  ])
  func badRowsAppearInEveryFormatAndExitOne(format: String, fragments: [String]) throws {
    let result = try CLIRunner.run(["measures", Self.model, "--data", Self.badData, "--format", format])
    #expect(result.status == 1, "\(result.standardError)")
    for fragment in fragments {
      #expect(result.standardOutput.contains(fragment), "\(fragment) in \(result.standardOutput)")
    }
  }

  @Test func cleanDataHasNoDataProblemsSection() throws {
    for format in ["text", "markdown", "html", "json", "csv"] {
      let result = try CLIRunner.run(["measures", Self.model, "--data", Self.data, "--format", format, "--period", "2026-08"])
      #expect(result.status == 0, "\(format): \(result.standardError)")
      #expect(!result.standardOutput.lowercased().contains("data problems"), "\(format)")
      #expect(!result.standardOutput.contains("dataProblems"), "\(format)")
    }
  }

  /// The fixture's data as a European spreadsheet exports it ("CSV (semicolon)" with a BOM,
  /// CRLF line ends and decimal commas) gives the same report as the comma file.
  @Test func aSemicolonFileWithDecimalCommasGivesTheSameReport() throws {
    let original = String(decoding: try #require(FileManager.default.contents(atPath: Self.data)), as: UTF8.self)
    let lines = original.split(separator: "\n").enumerated().map { index, line -> String in
      var fields = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
      if index > 0 && fields.count > 2 { fields[2] += ",0" }
      return fields.joined(separator: ";")
    }
    let scratch = try ScratchDirectory()
    try scratch.write("data.csv", "\u{FEFF}" + lines.joined(separator: "\r\n") + "\r\n")
    #expect(lines[1] == "plans_with_goals;2026-07;71,0;")
    for (format, golden) in [("text", "clinic.txt"), ("json", "clinic.json")] {
      let result = try CLIRunner.run(["measures", Self.model, "--data", "\(scratch.path)/data.csv", "--format", format])
      #expect(result.status == 1, "\(result.standardError)")
      #expect(result.standardError == "")
      #expect(result.standardOutput == (try Self.goldenText(golden)), "\(format)")
    }
  }

  /// `--period 2026-08` leaves out every later row: no later period, value or note reaches
  /// any format (the data runs to 2026-10 and week 44).
  @Test(arguments: ["text", "markdown", "html", "json", "csv"])
  func aGivenPeriodIgnoresLaterDataInEveryFormat(format: String) throws {
    let result = try CLIRunner.run(["measures", Self.model, "--data", Self.data, "--format", format, "--period", "2026-08"])
    #expect(result.status == 0, "\(result.standardError)")
    for later in ["2026-09", "2026-10", "2026-W4", "audit of 30"] {
      #expect(!result.standardOutput.contains(later), "\(later) in the \(format) report")
    }
    #expect(result.standardOutput.contains("2026-08"))
  }

  @Test(arguments: [
    (["--data", "Tests/EngageMeasuresTests/Fixtures/clinic/missing.csv"], "no such data file"),
    (["--data", data, "--period", "2026-13"], "--period: unknown period '2026-13'"),
    (["--data", data, "--period", "26-01"], "the year must have four digits"),
    (["--data", model], "has no usable header (measure,period,value)"),
    (["--data", "Tests/EngageMeasuresTests/Fixtures/clinic/unusable-data.csv"], "has no usable rows (2 rejected)"),
  ])
  func unusableInputExitsTwo(arguments: [String], message: String) throws {
    let result = try CLIRunner.run(["measures", Self.model] + arguments)
    #expect(result.status == 2)
    #expect(result.standardError.contains(message), "\(result.standardError)")
    #expect(result.standardOutput == "")
  }

  @Test func writesTheHTMLReportAtomically() throws {
    let scratch = try ScratchDirectory()
    let target = "\(scratch.path)/report/measures.html"
    let result = try CLIRunner.run(["measures", Self.model, "--data", Self.data, "--format", "html", "-o", target])
    #expect(result.status == 1, "\(result.standardError)")
    #expect(result.standardOutput == "")
    let html = String(decoding: try #require(FileManager.default.contents(atPath: target)), as: UTF8.self)
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    #expect(html.contains("<figure class=\"map\"><svg"))
    #expect(html.components(separatedBy: "<svg class=\"trend\"").count - 1 == 8)
    #expect(html.contains("audit of 30 plans | new template &lt;v2&gt;"))
    #expect(!html.contains("<v2>"))
    #expect(try FileManager.default.contentsOfDirectory(atPath: "\(scratch.path)/report") == ["measures.html"])
    let again = try CLIRunner.run(["measures", Self.model, "--data", Self.data, "--format", "html"])
    #expect(again.standardOutput == html)
  }
}
