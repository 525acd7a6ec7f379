import EngageLanguage
import Testing

/// Control characters and bidirectional overrides from a model never reach the terminal raw:
/// diagnostics show them as `\u{..}` escapes, and the caret still points at the right column.
@Suite struct TerminalTextTests {
  @Test(arguments: [
    ("plain text", "plain text"),
    ("tab\tkept", "tab\tkept"),
    ("esc\u{1B}[31mred", "esc\\u{1B}[31mred"),
    ("bell\u{07} nul\u{00} del\u{7F}", "bell\\u{7} nul\\u{0} del\\u{7F}"),
    ("line\nbreak\r\nand\rreturn", "line\\u{A}break\\u{D}\\u{A}and\\u{D}return"),
    ("c1 \u{85} csi \u{9B}", "c1 \\u{85} csi \\u{9B}"),
    ("bidi \u{202E}txet\u{202C} \u{2066}x\u{2069} \u{200F}", "bidi \\u{202E}txet\\u{202C} \\u{2066}x\\u{2069} \\u{200F}"),
    ("sep\u{2028}para\u{2029}", "sep\\u{2028}para\\u{2029}"),
    ("arrows → ≥ — • … é 中 😀", "arrows → ≥ — • … é 中 😀"),
  ])
  func escapesWhatActsOnATerminal(text: String, expected: String) {
    #expect(TerminalText.escaped(text) == expected)
  }

  @Test func lineBreaksCanBeKept() {
    #expect(TerminalText.escaped("a\nb\r\nc\rd\u{1B}", keepingLineBreaks: true) == "a\nb\nc\\u{D}d\\u{1B}")
  }

  @Test(arguments: Array(0...0x7F).map { UInt32($0) } + [0x85, 0x9B, 0x9F, 0x202E, 0x2067])
  func nothingEscapedIsLeftRaw(code: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(code))
    let escaped = TerminalText.escaped("a" + String(scalar) + "b")
    let raw = escaped.unicodeScalars.contains { TerminalText.isEscaped($0) }
    #expect(!raw)
  }

  /// A model line with controls inside a string, and an error after them.
  static let hostileLine = "role r \"a\u{1B}[2J\u{07}\u{85}\u{202E}\rz\" { kindd patient }\n"

  @Test func sourceLinesShowEscapesAndTheCaretStillPointsAtTheRange() throws {
    let result = Parser.parse(SourceFile(path: "m.engage", text: Self.hostileLine))
    let diagnostic = try #require(result.diagnostics.first { $0.code == LanguageCode.unknownKeyword })
    let lines = DiagnosticTextFormatter(colour: false).format([diagnostic]).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.count >= 3)
    let source = String(lines[1])
    let caret = String(lines[2])
    #expect(source == #"role r "a\u{1B}[2J\u{7}\u{85}\u{202E}\u{D}z" { kindd patient }"#)
    let caretColumn = caret.firstIndex(of: "^").map { caret.distance(from: caret.startIndex, to: $0) }
    let keywordColumn = source.range(of: "kindd").map { source.distance(from: source.startIndex, to: $0.lowerBound) }
    #expect(caretColumn != nil && caretColumn == keywordColumn)
    #expect(caret.hasSuffix("^~~~~"))
  }

  @Test func nothingRawReachesTheTerminalWithOrWithoutColour() {
    let text = Self.hostileLine + "\u{85}\u{202E} stray\n" + "role \u{1B}x \"t\"\n"
    let result = Parser.parse(SourceFile(path: "bad\u{1B}[31m\u{202E}.engage", text: text))
    #expect(result.diagnostics.count >= 3)
    for colour in [false, true] {
      var output = DiagnosticTextFormatter(colour: colour).format(result.diagnostics)
      for style in ["\u{1B}[1;31m", "\u{1B}[1;35m", "\u{1B}[1;36m", "\u{1B}[1;30m", "\u{1B}[1;32m", "\u{1B}[1m", "\u{1B}[0m"] {
        output = output.replacingOccurrences(of: style, with: "")
      }
      let raw = output.unicodeScalars.filter { $0 != "\n" && TerminalText.isEscaped($0) }
      #expect(raw.isEmpty, "raw: \(raw.map { $0.value })")
      #expect(output.contains(#"bad\u{1B}[31m\u{202E}.engage:1:"#))
    }
  }

  @Test func messagesAndFixItsAreEscaped() {
    let file = SourceFile(path: "m.engage", text: "x\n")
    let diagnostic = Diagnostic(
      "EM0401", .error, "unknown measure 'a\u{1B}]0;pwned\u{07}'\nm.engage:9:9: error: fake", at: SourceRange(file: file, start: 0, end: 1),
      notes: [DiagnosticNote("see '\u{9B}2J'")],
      fixIts: [FixIt("replace", range: SourceRange(file: file, start: 0, end: 1), replacement: "\u{202E}y")])
    let output = DiagnosticTextFormatter(colour: false).format([diagnostic])
    #expect(output.hasPrefix(#"m.engage:1:1: error: unknown measure 'a\u{1B}]0;pwned\u{7}'\u{A}m.engage:9:9: error: fake [EM0401]"#))
    #expect(output.contains(#"note: see '\u{9B}2J'"#))
    #expect(output.contains(#"fix-it: replace 'x' with '\u{202E}y'"#))
    #expect(output.split(separator: "\n").count == 5)
  }
}
