import EngageLanguage
import EngageMeasures
import Testing

/// Data files as spreadsheets export them: the delimiter read from the header (comma,
/// semicolon, tab), decimal commas, a UTF-8 BOM and CRLF line ends.
@Suite struct DataDialectTests {
  static func read(_ text: String) -> MeasureDataSet {
    DataReaderTests.read(text)
  }

  static func values(_ data: MeasureDataSet) -> [String] {
    data.points.map { "\($0.measure)@\($0.period)=\($0.value)" }
  }

  @Test(arguments: [
    ("comma", "measure,period,value,note\nplans,2026-09,82.5,\nmeds,2026-09,\"90,5\",\"a, b\"\n", CSVDelimiter.comma),
    (
      "Excel CSV UTF-8: BOM and CRLF", "\u{FEFF}measure,period,value\r\nplans,2026-09,82.5\r\nmeds,2026-09,90.5\r\n",
      .comma
    ),
    ("semicolon, decimal commas", "measure;period;value;note\nplans;2026-09;82,5;\nmeds;2026-09;90,5;a, b\n", .semicolon),
    (
      "European CSV (semicolon): BOM, CRLF, both decimal marks",
      "\u{FEFF}Measure;Period;Value\r\nplans;2026-09;82,5\r\nmeds;2026-09;90.5\r\n", .semicolon
    ),
    ("tab", "measure\tperiod\tvalue\nplans\t2026-09\t82,5\nmeds\t2026-09\t90.5\n", .tab),
    ("semicolon, quoted header and fields", "\"measure\";\"period\";\"value\"\n\"plans\";\"2026-09\";\"82,5\"\nmeds;2026-09;90,5\n", .semicolon),
    ("columns in another order", "value;measure;period\n82,5;plans;2026-09\n90,5;meds;2026-09\n", .semicolon),
  ])
  func readsEachDialect(name: String, text: String, delimiter: CSVDelimiter) {
    let data = Self.read(text)
    #expect(data.diagnostics.map(\.message) == [], "\(name)")
    #expect(data.delimiter == delimiter, "\(name)")
    #expect(Self.values(data) == ["plans@2026-09=82.5", "meds@2026-09=90.5"], "\(name)")
  }

  @Test func aNoteWithCommasInASemicolonFileIsKeptWhole() {
    let data = Self.read("measure;period;value;note\nplans;2026-09;82,5;audit, 40 records\n")
    #expect(data.points.first?.note == "audit, 40 records")
  }

  @Test(arguments: [
    ("measure,period;value\nplans,2026-09;80\n", "1 comma and 1 semicolon"),
    ("measure;period,value,note\nplans;2026-09,80,\n", "2 commas and 1 semicolon"),
    ("measure\tperiod;value\n", "1 semicolon and 1 tab"),
  ])
  func aHeaderWhoseDelimiterCannotBeDecidedIsABadHeader(text: String, counts: String) {
    let data = Self.read(text)
    #expect(data.points.isEmpty)
    #expect(DataReaderTests.located(data.diagnostics) == ["EM0406@1:1"])
    #expect(data.diagnostics.first?.message.contains("cannot tell the delimiter from the header: it has \(counts)") == true)
  }

  @Test(arguments: [
    ("measure;period\nplans;2026-09\n", "the header has no 'value' column"),
    ("measure period value\nplans 2026-09 80\n", "the header has no 'measure', 'period', 'value' columns"),
  ])
  func aHeaderWithOneDelimiterStillNamesItsMissingColumns(text: String, message: String) {
    let data = Self.read(text)
    #expect(data.diagnostics.map(\.code) == [MeasureDataCode.badHeader])
    #expect(data.diagnostics.first?.message.contains(message) == true)
  }

  /// A value in each dialect: the number read, or the start of the message that rejects it.
  @Test(arguments: [
    (CSVDelimiter.semicolon, "82,5", "82.5"),
    (.semicolon, "82.5", "82.5"),
    (.semicolon, "0,25", "0.25"),
    (.semicolon, "1,234", "1.234"),
    (.semicolon, "1,5e1", "15.0"),
    (.semicolon, "1.234,5", "has a thousands separator"),
    (.semicolon, "1 234,5", "has a thousands separator"),
    (.semicolon, "1.234.567", "has a thousands separator"),
    (.semicolon, "82,5,1", "has a thousands separator"),
    (.semicolon, "82,", "is not a number"),
    (.semicolon, "high", "is not a number"),
    (.tab, "82,5", "82.5"),
    (.comma, "\"82,5\"", "82.5"),
    (.comma, "\"82,50\"", "82.5"),
    (.comma, "\"1,234\"", "is ambiguous: 1234 with a thousands separator, or 1.234 with a decimal comma?"),
    (.comma, "\"1,234.5\"", "has a thousands separator"),
    (.comma, "\"12,345,678\"", "has a thousands separator"),
  ])
  func readsAValue(delimiter: CSVDelimiter, field: String, expected: String) {
    let d = delimiter.rawValue
    let data = Self.read("measure\(d)period\(d)value\nplans\(d)2026-09\(d)\(field)\n")
    if let value = Double(expected) {
      #expect(data.diagnostics.map(\.message) == [])
      #expect(data.points.map(\.value) == [value])
    } else {
      #expect(data.points.isEmpty)
      #expect(data.diagnostics.map(\.code) == [MeasureDataCode.unparsableValue])
      #expect(data.diagnostics.first?.message.contains(expected) == true, "\(data.diagnostics.map(\.message))")
      #expect(DataReaderTests.located(data.diagnostics) == ["EM0402@2:15"])
    }
  }

  @Test func anUnterminatedQuoteInASemicolonFileIsLocated() {
    let data = Self.read("measure;period;value;note\nplans;2026-09;80;\"open\nmeds;2026-09;90;\n")
    #expect(DataReaderTests.located(data.diagnostics) == ["EM0409@2:18"])
    #expect(Self.values(data) == ["meds@2026-09=90.0"])
  }
}
