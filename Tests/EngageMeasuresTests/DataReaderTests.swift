import EngageLanguage
import EngageMeasures
import EngageModel
import Testing

@Suite struct DataReaderTests {
  static let measures = [
    TestModel.measure("plans", unit: .percent),
    TestModel.measure("meds", unit: .percent),
    TestModel.measure("ack_days", unit: .days, target: .compare(.lessOrEqual, 2)),
    TestModel.measure("visits", unit: .count, target: .compare(.greaterOrEqual, 10)),
    TestModel.measure("survey", unit: .score, target: .compare(.greaterOrEqual, 4)),
  ]

  static func read(_ text: String) -> MeasureDataSet {
    MeasureDataReader.read(SourceFile(path: "data.csv", text: text), measures: measures)
  }

  /// `code@line:column`, the way the tests compare diagnostics.
  static func located(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.map { "\($0.code)@\($0.range?.startLocation.description ?? "-")" }
  }

  static let mixed = """
    measure,period,value,note
    plans,2026-09,82,
    plans,2026-10,85,"audit of
    40 records"
    plan,2026-10,85,
    meds,2026-10,eighty,
    meds,2026-13,80,
    plans,2026-10,86,
    meds,2026-10,120,
    meds,2026-09,90,
    ,2026-09,1,
    meds
    ack_days,2026-10,-1,
    visits,2026-10,-3,
    survey,2026-10,-3,
    ack_days,2026-10,1.5,late "quote"

    """

  @Test func reportsEachBadRowAtItsLineAndKeepsTheGoodOnes() {
    let data = Self.read(Self.mixed)
    #expect(
      Self.located(data.diagnostics) == [
        "EM0401@5:1", "EM0402@6:14", "EM0403@7:6", "EM0404@8:1", "EM0405@9:14", "EM0407@11:1", "EM0407@12:1",
        "EM0405@13:18", "EM0405@14:16",
      ])
    #expect(data.points.map { "\($0.measure)@\($0.line)=\($0.value)" } == [
      "plans@2=82.0", "plans@3=85.0", "meds@10=90.0", "survey@15=-3.0", "ack_days@16=1.5",
    ])
    #expect(data.points[1].note == "audit of\n40 records")
    #expect(data.points[0].note == nil)
    #expect(data.points[4].note == "late \"quote\"")
    #expect(data.rowCount == 14)
  }

  @Test(arguments: [
    ("EM0401", "unknown measure 'plan'; did you mean 'plans'?"),
    ("EM0402", "the value 'eighty' is not a number"),
    ("EM0403", "unknown period '2026-13': month 13 is not between 01 and 12"),
    ("EM0404", "a second row for 'plans' in 2026-10; the row on line 3 is kept"),
    ("EM0405", "the value 120 is outside the range of 'meds' (the unit percent takes values 0–100)"),
    ("EM0407", "the row has no measure id"),
  ])
  func explainsEachProblem(code: String, message: String) throws {
    let diagnostic = try #require(Self.read(Self.mixed).diagnostics.first { $0.code.rawValue == code })
    #expect(diagnostic.message.hasPrefix(message))
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.range?.file.path == "data.csv")
  }

  @Test func aDuplicateRowPointsAtTheFirst() throws {
    let duplicate = try #require(Self.read(Self.mixed).diagnostics.first { $0.code == MeasureDataCode.duplicateRow })
    let note = try #require(duplicate.notes.first)
    #expect(note.range?.description == "data.csv:3:1")
  }

  @Test func anUnknownMeasureSuggestsAFix() throws {
    let unknown = try #require(Self.read(Self.mixed).diagnostics.first { $0.code == MeasureDataCode.unknownMeasure })
    #expect(unknown.fixIts.map(\.replacement) == ["plans"])
    #expect(unknown.range.map { $0.file.text(of: $0) } == "plan")
  }

  @Test func anUnknownMeasureFarFromAnyIdHasNoSuggestion() throws {
    let data = Self.read("measure,period,value\nzzzzzzzz,2026-10,1\n")
    let diagnostic = try #require(data.diagnostics.first)
    #expect(diagnostic.message == "unknown measure 'zzzzzzzz'; the model declares no measure with this id")
    #expect(diagnostic.fixIts.isEmpty)
  }

  @Test(arguments: [
    ("Period,MEASURE, Value \n2026-10,plans,80\n", [String](), 1),
    ("measure,period,value\r\nplans,2026-10,80\r\nplans,2026-1,80\r\n", ["EM0403@3:7"], 1),
    ("measure,period,value\rplans,2026-10,80\rplans,2026-11,x\r", ["EM0402@3:15"], 1),
    ("measure,period,value\n\nplans,2026-10,x\n\nplans,2026-11,70", ["EM0402@3:15"], 1),
    ("\u{FEFF}measure,period,value\nplans,2026-10,80\n", [], 1),
    ("measure,period,value,comment\nplans,2026-10,80,ok\n", ["EM0408@1:22"], 1),
    ("measure,period,value\nplans,2026-10, 80 \n", [], 1),
    ("measure,period,value\nplans,2026-10,\n", ["EM0402@2:15"], 0),
    ("measure,period,value\nplans,2026-10,80%\n", ["EM0402@2:15"], 0),
    ("measure,period,value\nplans,2026-10,nan\n", ["EM0402@2:15"], 0),
    ("measure,period,value\nplans,2026-10,1e400\n", ["EM0402@2:15"], 0),
    ("measure,period,value\nplans,26-10,80\n", ["EM0403@2:7"], 0),
    ("measure,period,value\nplans,2026-Q5,80\n", ["EM0403@2:7"], 0),
    ("measure,period,value\nplans,2026-W54,80\n", ["EM0403@2:7"], 0),
    ("measure,period,value\nplans,2026-10\n", ["EM0407@2:1"], 0),
    ("measure,period,value\n\"pla\nns\",2026-10,80\nplans,2026-10,x\n", ["EM0401@2:1", "EM0402@4:15"], 0),
  ])
  func readsHeadersLineEndingsAndFields(text: String, expected: [String], goodRows: Int) {
    let data = Self.read(text)
    #expect(Self.located(data.diagnostics) == expected)
    #expect(data.points.count == goodRows)
  }

  @Test(arguments: [
    ("", "the data file is empty", "1:1"),
    ("\n\n", "the data file is empty", "1:1"),
    ("measure,period\nplans,2026-10\n", "the header has no 'value' column", "1:1"),
    ("plans,2026-10,80\n", "the header has no 'measure', 'period', 'value' columns", "1:1"),
    ("measure,period,value,Value\nplans,2026-10,80\n", "the column 'value' appears twice in the header", "1:22"),
  ])
  func aBadHeaderMakesTheFileUnusable(text: String, message: String, location: String) throws {
    let data = Self.read(text)
    let diagnostic = try #require(data.diagnostics.first)
    #expect(diagnostic.code == MeasureDataCode.badHeader)
    #expect(diagnostic.message.hasPrefix(message))
    #expect(diagnostic.range?.startLocation.description == location)
    #expect(data.points.isEmpty)
  }

  @Test func aMissingFileIsUnusableInput() {
    #expect(throws: MeasureInputError.self) {
      try MeasureDataReader.read(path: "/nonexistent/data.csv", measures: Self.measures)
    }
  }

  @Test func noUsableRowsIsUnusableInputWithItsDiagnostics() throws {
    let data = Self.read("measure,period,value\nplans,2026-13,80\n")
    let graph = TestModel.graph(measures: Self.measures)
    #expect {
      try MeasureEvaluation.report(graph: graph, data: data, period: nil)
    } throws: { error in
      guard let error = error as? MeasureInputError else { return false }
      return error.message == "data.csv: the data file has no usable rows (1 rejected)" && error.diagnostics.count == 1
    }
  }

  @Test func badRowsDoNotStopTheGoodOnesBeingEvaluated() throws {
    let data = Self.read(Self.mixed)
    let report = try MeasureEvaluation.report(graph: TestModel.graph(measures: Self.measures), data: data, period: nil)
    let statuses = report.measures.map { "\($0.id)=\($0.status.rawValue)" }
    #expect(statuses == ["plans=met", "meds=met", "ack_days=met", "visits=no data", "survey=missed"])
  }

  @Test(arguments: [
    Array("measure,period,value\n\"unterminated,2026-10,80\nplans,2026-10,80\n".utf8),
    Array("\"\"\"\"\n".utf8),
    [0xFF, 0xFE, 0x00, 0x2C, 0x0A, 0x22, 0x0D],
    Array("measure,period,value\n,,,,,,,\n".utf8),
    Array("measure,period,value\n\"\"\"\"\"\",2026-10,1\n".utf8),
    Array("measure,period,value\nplans,\"2026-10\"x,1\n".utf8),
    Array("measure,period,value\nplans,2026-10,1,extra,fields\n".utf8) + [0xC3],
  ])
  func malformedBytesGiveDiagnosticsNotCrashes(bytes: [UInt8]) {
    let data = MeasureDataReader.read(SourceFile(path: "data.csv", bytes: bytes), measures: Self.measures)
    #expect(!data.diagnostics.isEmpty || !data.points.isEmpty)
    for diagnostic in data.diagnostics {
      let range = diagnostic.range
      #expect(range.map { $0.start >= 0 && $0.end <= $0.file.bytes.count } ?? true)
    }
  }
}
