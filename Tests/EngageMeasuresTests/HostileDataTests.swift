import EngageLanguage
@testable import EngageMeasures
import EngageModel
import Testing

/// Data files that try to break the reader or the terminal: unterminated quotes, control
/// characters, and more bad rows than anyone should be shown.
@Suite struct HostileDataTests {
  static func read(_ text: String) -> MeasureDataSet {
    DataReaderTests.read(text)
  }

  @Test func anUnterminatedQuoteIsLocatedAndTheRowsAfterItAreStillRead() {
    let data = Self.read(
      """
      measure,period,value,note
      plans,2026-09,82,
      meds,2026-10,90,
      plans,2026-10,"85,never closed
      meds,2026-09,80,
      plans,2026-08,x,
      visits,2026-10,12,"a note
      over two lines"

      """)
    #expect(DataReaderTests.located(data.diagnostics) == ["EM0409@4:15", "EM0402@6:15"])
    #expect(data.points.map { "\($0.measure)@\($0.line)" } == ["plans@2", "meds@3", "meds@5", "visits@7"])
    #expect(data.points.last?.note == "a note\nover two lines")
    #expect(data.rowCount == 6)
    let diagnostic = data.diagnostics[0]
    #expect(diagnostic.code == MeasureDataCode.unterminatedQuote)
    #expect(diagnostic.severity == .error)
    #expect(diagnostic.message.hasPrefix("this quote opens a field that is not closed on its line"))
    #expect(diagnostic.range.map { $0.file.text(of: $0) } == "\"")
  }

  @Test(arguments: [
    ("measure,period,value,note\nplans,2026-10,85,\"note\nmeds,2026-10,x,\n", ["EM0409@2:18", "EM0402@3:14"], 0),
    ("measure,period,value\n\"pla\nns\",2026-10,\"80\nplans,2026-10,x\nmeds,2026-10,1\n", ["EM0409@3:13", "EM0402@4:15"], 1),
    ("measure,period,value\r\nplans,\"2026-10,80\r\nmeds,2026-10,1\r\n", ["EM0409@2:7"], 1),
    ("measure,period,\"value\nplans,2026-10,80\n", ["EM0409@1:16"], 1),
    ("measure,period,value\nplans,2026-10,80\n\"", ["EM0409@3:1"], 1),
  ])
  func unterminatedQuotesAnywhere(text: String, expected: [String], goodRows: Int) {
    let data = Self.read(text)
    #expect(DataReaderTests.located(data.diagnostics) == expected)
    #expect(data.points.count == goodRows)
  }

  @Test func diagnosticsAreCappedAsTheParsersAreAndTheRestCounted() throws {
    let rows = 20_000
    let text = "measure,period,value\n" + String(repeating: "nosuch,2026-13,x\n", count: rows)
    let data = Self.read(text)
    #expect(data.diagnostics.count == Parser.diagnosticLimit + 1)
    let last = try #require(data.diagnostics.last)
    #expect(last.code == MeasureDataCode.tooManyProblems)
    #expect(last.severity == .error)
    #expect(last.range == nil)
    #expect(last.message == "too many problems in data.csv: \(rows * 3 - Parser.diagnosticLimit) more not shown; fix the ones above and read the data again")
    #expect(data.diagnostics.dropLast().allSatisfy { $0.range != nil })
    #expect(data.rowCount == rows)
    #expect(data.points.isEmpty)
  }

  @Test func exactlyTheLimitNeedsNoNote() {
    let text = "measure,period,value\n" + String(repeating: "plans,2026-10,x\n", count: Parser.diagnosticLimit)
    let data = Self.read(text)
    #expect(data.diagnostics.count == Parser.diagnosticLimit)
    #expect(!data.diagnostics.contains { $0.code == MeasureDataCode.tooManyProblems })
  }

  @Test func goodRowsAfterTheCapAreStillRead() {
    let text = "measure,period,value\n" + String(repeating: "plans,2026-10,x\n", count: 1_500) + "plans,2026-10,80\n"
    let data = Self.read(text)
    #expect(data.points.map(\.line) == [1_502])
    #expect(data.diagnostics.last?.message.contains("500 more not shown") == true)
  }

  /// Text from the file that a diagnostic quotes is terminal-safe; a note is kept as written.
  @Test func controlCharactersNeverReachMessagesOrNotesRaw() throws {
    let data = Self.read(
      "measure,period,value,note,x\u{1B}[2J\n"
        + "pl\u{1B}]0;title\u{07}ans,2026-10,80,\n"
        + "plans,2026-1\u{9B}0,80,\n"
        + "plans,2026-10,8\u{202E}0,\n"
        + "plans,2026-10,80,\"red \u{1B}[31mnote\u{07}\nsecond line\r\nthird \u{202E}\"\n"
        + "meds,2026-10," + String(repeating: "9", count: 5_000) + "x,\n")
    let messages = data.diagnostics.map(\.message)
    #expect(messages.count == 5)
    for message in messages {
      let raw = message.unicodeScalars.contains { TerminalText.isEscaped($0) }
      #expect(!raw, "\(message.debugDescription)")
    }
    #expect(messages[0].hasPrefix(#"unknown column 'x\u{1B}[2j' is ignored"#))
    #expect(messages[1].hasPrefix(#"unknown measure 'pl\u{1B}]0;title\u{7}ans'"#))
    #expect(messages[2].hasPrefix(#"unknown period '2026-1\u{9B}0'"#))
    #expect(messages[3].hasPrefix(#"the value '8\u{202E}0' is not a number"#))
    #expect(messages[4].hasPrefix("the value '" + String(repeating: "9", count: 40) + "…' is not a number"))
    let note = try #require(data.points.first?.note)
    #expect(note.hasPrefix("red \u{1B}[31mnote\u{07}\nsecond line"), "a note is kept as written; reports escape it")
  }

  @Test func textReportCellsAreTerminalSafe() {
    let rows = TextReport.table(
      header: ["A", "B"], rows: [["x\u{1B}[31m", "\u{202E}y"]], statusColumn: 1, statuses: [nil], colour: false)
    #expect(rows == ["A" + String(repeating: " ", count: 12) + "B", #"x\u{1B}[31m  \u{202E}y"#])
  }
}
