import EngageLanguage
import EngageMeasures
import EngageModel
import Foundation
import Testing

@Suite struct ReportGoldenTests {
  static func clinic() throws -> ProcessGraph {
    let result = ModelLoader.load(path: Golden.fixture("clinic/model.engage"))
    let errors = result.diagnostics.filter { $0.severity == .error }.map { "\($0.range?.description ?? ""): \($0.message)" }
    #expect(errors.isEmpty, "\(errors)")
    return try #require(result.graph, "the clinic fixture does not load")
  }

  static func data(_ name: String, graph: ProcessGraph) throws -> MeasureDataSet {
    let bytes = try #require(FileManager.default.contents(atPath: Golden.fixture("clinic/\(name)")))
    return MeasureDataReader.read(SourceFile(path: name, bytes: Array(bytes)), measures: graph.measures)
  }

  static func report(period: String? = nil) throws -> MeasureReport {
    let graph = try clinic()
    let data = try data("data.csv", graph: graph)
    #expect(data.diagnostics.isEmpty)
    return try MeasureEvaluation.report(graph: graph, data: data, period: try MeasureEvaluation.parsePeriod(period))
  }

  @Test func theFixtureHasEveryStatus() throws {
    let report = try Self.report()
    #expect(report.period.description == "2026-10")
    let statuses = Dictionary(uniqueKeysWithValues: report.measures.map { ($0.id, $0.status) })
    #expect(
      statuses == [
        "plans_with_goals": .warning, "plan_wait_days": .met, "meds_reconciled": .missed, "visit_minutes": .met,
        "involved": .met, "disclosure_72h": .met, "families_heard": .noData, "plan_shared_on_time": .stale,
      ])
    #expect(report.hasMissed)
  }

  static let formats = [("text", "clinic.txt"), ("markdown", "clinic.md"), ("json", "clinic.json"), ("csv", "clinic.csv")]

  /// Every golden file of `Golden/` and the test that compares it.
  static let goldenFiles = formats.map(\.1) + [earlierPeriodGolden, badDataGolden]
  static let earlierPeriodGolden = "clinic-2026-08.txt"
  static let badDataGolden = "bad-data.diagnostics.txt"

  @Test func everyGoldenFileIsCompared() {
    Golden.directory.expectNoStaleFiles(claimed: Self.goldenFiles)
  }

  @Test(arguments: formats)
  func rendersEachFormat(format: String, golden: String) throws {
    let report = try Self.report()
    let output: String
    switch format {
    case "text": output = TextReport.render(report)
    case "markdown": output = MarkdownReport.render(report)
    case "json": output = JSONReport.render(report)
    default: output = CSVReport.render(report)
    }
    Golden.directory.expect(output, matches: golden)
  }

  @Test func rendersAnEarlierPeriodOnRequest() throws {
    Golden.directory.expect(TextReport.render(try Self.report(period: "2026-08")), matches: Self.earlierPeriodGolden)
  }

  @Test func theJSONReportIsValidJSONWithSortedKeys() throws {
    let json = JSONReport.render(try Self.report())
    let object = try JSONSerialization.jsonObject(with: Data(json.utf8))
    let document = try #require(object as? [String: Any])
    #expect(document.keys.sorted() == ["measures", "missed", "period", "periodSource", "rollUps"])
    #expect(JSONReport.render(try Self.report()) == json)
  }

  @Test func reportsBadDataWithLocations() throws {
    let graph = try Self.clinic()
    let data = try Self.data("bad-data.csv", graph: graph)
    let text = DiagnosticTextFormatter(colour: false).format(data.diagnostics)
    Golden.directory.expect(text, matches: Self.badDataGolden)
    #expect(data.points.map { "\($0.measure)@\($0.line)" } == ["plans_with_goals@5", "visit_minutes@10"])
    let report = try MeasureEvaluation.report(graph: graph, data: data, period: nil)
    #expect(report.measures.first { $0.id == "plans_with_goals" }?.status == .met)
  }
}
