import EngageLanguage
import EngageMeasures
import EngageModel
import Testing

/// The data file's problems in each report format, from a data set read in memory: a located
/// error, a warning, and `EM0410`, which has no place.
@Suite struct DataProblemsReportTests {
  static func report() throws -> MeasureReport {
    let graph = TestModel.graph(measures: [TestModel.measure("plans")])
    let text = "measure;period;value;colour\nplans;2026-10;82,5;\nplanz;2026-10;80;\n"
    let data = MeasureDataReader.read(SourceFile(path: "data.csv", text: text), measures: graph.measures)
    let withCount = MeasureDataSet(
      file: data.file, points: data.points,
      diagnostics: data.diagnostics + [Diagnostic(MeasureDataCode.tooManyProblems, .error, "too many problems", at: nil)],
      rowCount: data.rowCount, delimiter: data.delimiter)
    return try MeasureEvaluation.report(graph: graph, data: withCount, period: nil)
  }

  @Test func theReportKeepsTheDataProblemsAndTheirSeverity() throws {
    let report = try Self.report()
    #expect(report.dataProblems.map(\.code) == [MeasureDataCode.unknownColumn, MeasureDataCode.unknownMeasure, MeasureDataCode.tooManyProblems])
    #expect(report.hasDataErrors)
    #expect(report.measures.first?.value == 82.5)
    #expect(ReportText.dataProblemsHeading(report) == "Data problems (2 errors, 1 warning; rows with errors were not evaluated)")
  }

  @Test(arguments: [
    ("text", "\n  data.csv:1:22: warning [EM0408] unknown column 'colour' is ignored; the columns are measure, period, value and note\n  data.csv:3:1: error [EM0401] unknown measure 'planz'; did you mean 'plans'?\n  (data file): error [EM0410] too many problems\n"),
    ("markdown", "| data.csv:3:1 | error | EM0401 | unknown measure 'planz'; did you mean 'plans'? |\n| (data file) | error | EM0410 | too many problems |\n"),
    ("csv", "problem,file,line,column,severity,code,message\n1,data.csv,1,22,warning,EM0408,\"unknown column 'colour' is ignored; the columns are measure, period, value and note\"\n2,data.csv,3,1,error,EM0401,unknown measure 'planz'; did you mean 'plans'?\n3,,,,error,EM0410,too many problems\n"),
    ("json", "\"dataProblems\": [\n    {\n      \"code\": \"EM0408\",\n      \"column\": 22,\n      \"file\": \"data.csv\",\n      \"line\": 1,\n"),
    ("json", "    {\n      \"code\": \"EM0410\",\n      \"message\": \"too many problems\",\n      \"severity\": \"error\"\n    }\n  ],"),
  ])
  func eachFormatListsThem(format: String, fragment: String) throws {
    let report = try Self.report()
    let output: String
    switch format {
    case "text": output = TextReport.render(report)
    case "markdown": output = MarkdownReport.render(report)
    case "csv": output = CSVReport.render(report)
    default: output = JSONReport.render(report)
    }
    #expect(output.contains(fragment), "\(output)")
  }
}
