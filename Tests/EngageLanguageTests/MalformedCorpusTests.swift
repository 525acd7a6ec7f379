import EngageLanguage
import Foundation
import Testing

/// Malformed inputs never crash the parser, and each gives at least one error with a location.
/// A file whose first line is `# expect: EM0001, EM0004` must also give each of those codes.
@Suite struct MalformedCorpusTests {
  static let files = Fixtures.names(in: Fixtures.malformed, extension: "engage")

  @Test func corpusHasAtLeastThirtyFiles() {
    #expect(Self.files.count >= 30)
  }

  @Test(arguments: files)
  func malformedFileGivesLocatedErrors(_ name: String) throws {
    let file = try Fixtures.sourceFile("Malformed", name)
    let result = Parser.parse(file)
    expectLocatedErrors(result)
    for code in Self.expectedCodes(file) {
      #expect(result.diagnostics.contains { $0.code == code }, "no \(code) in \(name)")
    }
    #expect(!DiagnosticTextFormatter(colour: true).format(result.diagnostics).isEmpty)
    #expect(DiagnosticJSON.encode(result.diagnostics).hasPrefix("["))
  }

  /// The codes listed on a `# expect:` first line.
  static func expectedCodes(_ file: SourceFile) -> [DiagnosticCode] {
    let firstLine = file.lineText(1)
    guard let colon = firstLine.range(of: "# expect:") else { return [] }
    return firstLine[colon.upperBound...].split(separator: ",").map {
      DiagnosticCode($0.trimmingCharacters(in: .whitespaces))
    }
  }

  // MARK: - Generated inputs (too big to commit)

  @Test func fiftyThousandNestedBracesReportNestingOnce() {
    let source = SourceFile(path: "deep.engage", text: String(repeating: "{", count: 50_000))
    let result = Parser.parse(source)
    expectLocatedErrors(result)
    #expect(result.diagnostics.filter { $0.code == LanguageCode.nestingTooDeep }.count == 1)
    #expect(result.diagnostics.contains { $0.message.contains("50000 blocks are still open") })
  }

  @Test func fiftyThousandNestedBracesInsideADeclaration() {
    let text = "process p " + String(repeating: "{", count: 50_000) + "\n" + String(repeating: "}", count: 50_000) + "\n"
    let result = Parser.parse(SourceFile(path: "deep.engage", text: text))
    expectLocatedErrors(result)
    #expect(result.diagnostics.filter { $0.code == LanguageCode.nestingTooDeep }.count == 1)
  }

  @Test func fiveMegabyteStringOnOneLine() {
    let text = "role r \"" + String(repeating: "a", count: 5_000_000) + "\n"
    let result = Parser.parse(SourceFile(path: "long.engage", text: text))
    expectLocatedErrors(result)
    #expect(result.diagnostics.map(\.code) == [LanguageCode.unterminatedString])
    let formatted = DiagnosticTextFormatter(colour: false).format(result.diagnostics)
    #expect(formatted.utf8.count < 2_000, "a long line is shown as a window around the range")
  }

  @Test func fiveMegabyteLineOfTokens() {
    let text = "role r { kind " + String(repeating: "patient ", count: 650_000) + "}\n"
    let result = Parser.parse(SourceFile(path: "long.engage", text: text))
    expectLocatedErrors(result)
    #expect(result.diagnostics.count == 1)
    #expect(result.syntax.declarations.count == 1)
  }

  @Test func fiveMegabyteLineOfStrayCharactersIsCapped() {
    let text = String(repeating: "@ ", count: 2_600_000)
    let result = Parser.parse(SourceFile(path: "long.engage", text: text))
    #expect(result.diagnostics.count == Parser.diagnosticLimit + 1)
    #expect(result.diagnostics.last?.range == nil)
    #expect(result.diagnostics.last?.message.contains("more not shown") == true)
  }

  @Test func emptyFileHasNoDeclarationsAndNoErrors() {
    let result = Parser.parse(SourceFile(path: "empty.engage", bytes: []))
    #expect(result.syntax.declarations.isEmpty)
    #expect(result.diagnostics.isEmpty)
  }

  @Test(arguments: ["# only a comment\n", "\n\n   \n", "# one\r\n# two\r\n", "\u{FEFF}# after a BOM"])
  func commentsAndBlankLinesHaveNoDeclarations(_ text: String) {
    let result = Parser.parse(SourceFile(path: "comments.engage", text: text))
    #expect(result.syntax.declarations.isEmpty)
    #expect(result.diagnostics.isEmpty)
  }

  @Test func everyPrefixOfAValidFileParsesWithoutCrashing() throws {
    let file = try Fixtures.sourceFile("Golden", "full_example.engage")
    for length in stride(from: 0, through: file.bytes.count, by: 7) {
      let prefix = SourceFile(path: "prefix.engage", bytes: Array(file.bytes.prefix(length)))
      let result = Parser.parse(prefix)
      #expect(result.diagnostics.allSatisfy { $0.range != nil })
    }
  }

  private func expectLocatedErrors(_ result: ParseResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(result.diagnostics.hasErrors, sourceLocation: sourceLocation)
    let unlocated = result.diagnostics.filter { $0.range == nil && !$0.message.contains("more not shown") }
    #expect(unlocated.isEmpty, sourceLocation: sourceLocation)
  }
}
