import EngageLanguage
import Testing

/// The lexer's tokens, string decoding and line ends.
@Suite struct LexerTests {
  private func kinds(_ text: String) -> [TokenKind] {
    Lexer.tokenize(SourceFile(path: "t.engage", text: text)).tokens.map(\.kind)
  }

  @Test func punctuationComparatorsAndArrows() {
    #expect(
      kinds("{ } , . -> >= <= > < =") == [
        .leftBrace, .rightBrace, .comma, .dot, .arrow, .comparator(.greaterOrEqual), .comparator(.lessOrEqual),
        .comparator(.greater), .comparator(.less), .comparator(.equal), .endOfFile,
      ])
  }

  @Test(arguments: ["80", "-2.5", "0.75", "12ab", "1.2.3"])
  func numbersIncludingMalformedOnesAreOneToken(_ text: String) {
    #expect(kinds(text) == [.number, .endOfFile])
  }

  @Test func minusBeforeANumberIsASignAndBeforeGreaterIsAnArrow() {
    #expect(kinds("a->-1") == [.identifier, .arrow, .number, .endOfFile])
  }

  @Test func crlfIsOneNewlineAndCommentsAreTrivia() {
    let result = Lexer.tokenize(SourceFile(path: "t.engage", text: "role a # note\r\nrole b\r\n"))
    #expect(result.tokens.map(\.kind) == [.identifier, .identifier, .newline, .identifier, .identifier, .newline, .endOfFile])
    #expect(result.comments.map(\.text) == ["# note"])
    #expect(result.diagnostics.isEmpty)
  }

  @Test(arguments: [
    (#""a\"b""#, "a\"b"), (#""back\\slash""#, "back\\slash"), (#""two\nlines""#, "two\nlines"),
    ("\"tab\tkept\"", "tab\tkept"), (#""é ✓""#, "é ✓"),
  ])
  func stringEscapes(_ source: String, _ value: String) {
    let result = Lexer.tokenize(SourceFile(path: "t.engage", text: source))
    #expect(result.tokens.first?.stringValue == value)
    #expect(result.diagnostics.isEmpty)
  }

  @Test(arguments: [
    ("\"\"\"\n    a\n      b\n    \"\"\"", "a\n  b"),
    ("\"\"\"one line\"\"\"", "one line"),
    ("\"\"\"\n  a\n\n  b\n  \"\"\"", "a\n\nb"),
    ("\"\"\"\r\n  a\r\n  b\r\n  \"\"\"", "a\nb"),
    ("\"\"\"\n\ta\n\t\tb\n\t\"\"\"", "a\n\tb"),
    ("\"\"\"\n  keep \\n escape\n  \"\"\"", "keep \n escape"),
    ("\"\"\"\n  last line kept\"\"\"", "last line kept"),
  ])
  func tripleQuotedStringsLoseTheirCommonIndentation(_ source: String, _ value: String) {
    let result = Lexer.tokenize(SourceFile(path: "t.engage", text: source))
    #expect(result.tokens.first?.stringValue == value)
    #expect(result.tokens.first?.isMultiline == true)
    #expect(result.diagnostics.isEmpty)
  }

  @Test func byteOrderMarkIsRemovedByTheSourceFile() {
    let file = SourceFile(path: "t.engage", bytes: [0xEF, 0xBB, 0xBF] + Array("role a".utf8))
    let result = Lexer.tokenize(file)
    #expect(result.tokens.map(\.kind) == [.identifier, .identifier, .endOfFile])
    #expect(result.tokens.first?.start == 0)
  }

  @Test func invalidBytesAreReportedOncePerRunAndLexingContinues() {
    let file = SourceFile(path: "t.engage", bytes: Array("role ".utf8) + [0xFF, 0xFE, 0x00] + Array(" gp".utf8))
    let result = Lexer.tokenize(file)
    #expect(result.tokens.map(\.kind) == [.identifier, .identifier, .endOfFile])
    #expect(result.diagnostics.map(\.code) == [LanguageCode.invalidCharacter])
    #expect(result.diagnostics.first?.range?.start == 5)
    #expect(result.diagnostics.first?.range?.end == 8)
  }

  @Test func overlongAndSurrogateEncodingsAreInvalid() {
    for bytes: [UInt8] in [[0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xE2, 0x82]] {
      let result = Lexer.tokenize(SourceFile(path: "t.engage", bytes: bytes))
      #expect(result.diagnostics.first?.message.contains("invalid UTF-8") == true)
    }
  }
}
