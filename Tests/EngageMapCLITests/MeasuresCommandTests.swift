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
    #expect(result.status == 0)
    #expect(result.standardError.contains("bad-data.csv:2:9: error: unknown measure 'plans_with_goal'; did you mean 'plans_with_goals'? [EM0401]"))
    #expect(result.standardError.contains("bad-data.csv:9:26: error: the value 150 is outside the range"))
    let object = try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any]
    let measures = try #require(object?["measures"] as? [[String: Any]])
    let plans = measures.first { $0["id"] as? String == "plans_with_goals" }
    #expect(plans?["status"] as? String == "met")
    #expect(measures.count == 8)
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
