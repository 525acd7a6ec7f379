import EngageLanguage
import Foundation
import Testing

/// The text and JSON forms of diagnostics, beyond the parser's own (see DiagnosticTests).
@Suite struct FormatterTests {
  let file = SourceFile(path: "m.engage", text: "role gp {\n  kind clinican\n}\n")

  @Test func diagnosticWithoutLocation() {
    let diagnostic = Diagnostic("EM0014", .error, "no .engage files in models/", at: nil)
    #expect(DiagnosticTextFormatter(colour: false).format([diagnostic]) == "error: no .engage files in models/ [EM0014]\n")
  }

  @Test func warningWithNoteWithoutRangeAndAllFixItShapes() {
    let diagnostic = Diagnostic(
      "EM0207", .warning, "process 'gp' has no measure", at: SourceRange(file: file, start: 12, end: 16),
      notes: [DiagnosticNote("measures are optional for support processes")],
      fixIts: [
        FixIt("insert", range: SourceRange(file: file, start: 16, end: 16), replacement: " x"),
        FixIt("remove", range: SourceRange(file: file, start: 12, end: 17), replacement: ""),
      ])
    let expected = """
      m.engage:2:3: warning: process 'gp' has no measure [EM0207]
        kind clinican
        ^~~~
      note: measures are optional for support processes
        fix-it: insert ' x'
        fix-it: remove 'kind '

      """
    #expect(DiagnosticTextFormatter(colour: false).format([diagnostic]) == expected)
  }

  @Test func rangeOverSeveralLinesIsUnderlinedToTheEndOfItsFirstLine() {
    let diagnostic = Diagnostic("EM0001", .error, "block", at: SourceRange(file: file, start: 8, end: 30))
    let lines = DiagnosticTextFormatter(colour: false).format([diagnostic]).split(separator: "\n")
    #expect(lines.dropFirst().first == "role gp {")
    #expect(lines.dropFirst(2).first == "        ^")
  }

  @Test func colourWrapsSeverityAndCaretInANSIEscapes() {
    let diagnostic = Diagnostic("EM0005", .error, "bad", at: SourceRange(file: file, start: 17, end: 25))
    let coloured = DiagnosticTextFormatter(colour: true).format([diagnostic])
    #expect(coloured.contains("\u{1B}[1;31merror:\u{1B}[0m"))
    #expect(coloured.contains("\u{1B}[1;32m^~~~~~~~\u{1B}[0m"))
    let plain = DiagnosticTextFormatter(colour: false).format([diagnostic])
    #expect(!plain.contains("\u{1B}"))
  }

  @Test(arguments: [
    ([String: String](), true, true),
    ([String: String](), false, false),
    (["NO_COLOR": "1"], true, false),
    (["NO_COLOR": "0"], true, false),
    (["NO_COLOR": ""], true, true),
    (["NO_COLOR": "", "TERM": "dumb"], true, false),
    (["NO_COLOR": "1"], false, false),
    (["TERM": "dumb"], true, false),
    (["TERM": "xterm-256color"], true, true),
  ])
  func colourPolicy(_ environment: [String: String], _ isTerminal: Bool, _ expected: Bool) {
    #expect(DiagnosticTextFormatter.shouldUseColour(environment: environment, isTerminal: isTerminal) == expected)
  }

  @Test func jsonHasSortedKeysLocationsNotesAndFixIts() throws {
    let result = Parser.parse(SourceFile(path: "m.engage", text: "role gp {\n  kind clinician\n  kind staff\n}\nrole x { kind staf }\n"))
    let json = DiagnosticJSON.encode(result.diagnostics)
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    #expect(parsed.count == 2)
    let duplicate = try #require(parsed.first { $0["code"] as? String == "EM0012" })
    #expect(duplicate["line"] as? Int == 3)
    #expect(duplicate["column"] as? Int == 3)
    #expect(duplicate["endColumn"] as? Int == 13)
    #expect(duplicate["file"] as? String == "m.engage")
    let notes = try #require(duplicate["notes"] as? [[String: Any]])
    #expect(notes.first?["line"] as? Int == 2)
    let unknown = try #require(parsed.first { $0["code"] as? String == "EM0005" })
    let fixIts = try #require(unknown["fixIts"] as? [[String: Any]])
    #expect(fixIts.first?["replacement"] as? String == "staff")
    let keys = json.split(separator: "\n").compactMap { line -> String? in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      return trimmed.hasPrefix("\"code\"") || trimmed.hasPrefix("\"column\"") || trimmed.hasPrefix("\"endColumn\"")
        ? String(trimmed.prefix(while: { $0 != ":" })) : nil
    }
    #expect(keys.prefix(3) == ["\"code\"", "\"column\"", "\"endColumn\""])
    #expect(json.hasSuffix("]\n"))
  }

  @Test func jsonWritesNullLocationsForUnlocatedDiagnostics() {
    let json = DiagnosticJSON.encode([Diagnostic("EM0014", .error, "nothing to read", at: nil)])
    #expect(json.contains("\"file\": null"))
    #expect(json.contains("\"line\": null"))
    #expect(json.contains("\"notes\": []"))
  }
}
