import EngageLanguage
import EngageTestSupport
import Foundation
import Testing

/// Malformed inputs never crash the parser, and each gives exactly the diagnostics in its golden
/// file `Malformed/<name>.diagnostics` (see `DiagnosticListing` for the form). A file whose first
/// line is `# expect: EM0001, EM0004` must also give each of those codes. The formatter refuses
/// every one of them with the same diagnostics (`engagemap fmt` then leaves the file as it is).
@Suite struct MalformedCorpusTests {
  static let golden = GoldenDirectory("Malformed")
  static let files = Fixtures.names(in: Fixtures.malformed, extension: "engage")

  static func goldenName(_ input: String) -> String { String(input.dropLast(".engage".count)) + ".diagnostics" }

  @Test func corpusHasAtLeastThirtyFiles() {
    #expect(Self.files.count >= 30)
  }

  @Test(arguments: files)
  func malformedFileGivesExactlyItsDiagnostics(_ name: String) throws {
    let file = try Fixtures.sourceFile("Malformed", name)
    let result = Parser.parse(file)
    expectLocatedErrors(result)
    for code in Self.expectedCodes(file) {
      #expect(result.diagnostics.contains { $0.code == code }, "no \(code) in \(name)")
    }
    Self.golden.expect(DiagnosticListing.text(result.diagnostics), matches: Self.goldenName(name))
    let json = try JSONSerialization.jsonObject(with: Data(DiagnosticJSON.encode(result.diagnostics).utf8)) as? [Any]
    #expect(json?.count == result.diagnostics.count, "the JSON form holds one record per diagnostic")
    #expect(SourceFormatter.format(file) == .failure(.doesNotParse(result.diagnostics)), "fmt refuses \(name)")
  }

  @Test func everyGoldenBelongsToAFile() {
    Self.golden.expectNoStaleFiles(claimed: Self.files.map(Self.goldenName)) { $0.hasSuffix(".diagnostics") }
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
    #expect(
      DiagnosticListing.lines(result.diagnostics) == [
        "1:1-1:2 error EM0001 unexpected '{'; a block opens on the same line as its declaration, such as 'role gp \"GP\" {'",
        "1:65-1:66 error EM0013 blocks are nested more than 64 deep; the rest of this block is skipped",
        "1:50001-1:50001 error EM0001 expected '}' at the end of the file (50000 blocks are still open)",
        "  note 1:1-1:2 the block opened here is never closed",
      ])
  }

  @Test func fiftyThousandNestedBracesInsideADeclaration() {
    let text = "process p " + String(repeating: "{", count: 50_000) + "\n" + String(repeating: "}", count: 50_000) + "\n"
    let result = Parser.parse(SourceFile(path: "deep.engage", text: text))
    #expect(
      DiagnosticListing.lines(result.diagnostics) == [
        "1:12-1:13 error EM0001 unexpected '{'; a block opens on the same line as its declaration, such as 'role gp \"GP\" {'",
        "1:75-1:76 error EM0013 blocks are nested more than 64 deep; the rest of this block is skipped",
      ])
    #expect(result.syntax.declarations.count == 1)
  }

  @Test func fiveMegabyteStringOnOneLine() {
    let text = "role r \"" + String(repeating: "a", count: 5_000_000) + "\n"
    let result = Parser.parse(SourceFile(path: "long.engage", text: text))
    #expect(
      DiagnosticListing.lines(result.diagnostics) == [
        "1:8-1:5000009 error EM0002 unterminated string; add a closing '\"' before the end of the line (use \"\"\"...\"\"\" for text over several lines)"
      ])
    let formatted = DiagnosticTextFormatter(colour: false).format(result.diagnostics)
    #expect(formatted.utf8.count < 2_000, "a long line is shown as a window around the range")
  }

  @Test func fiveMegabyteLineOfTokens() {
    let text = "role r { kind " + String(repeating: "patient ", count: 650_000) + "}\n"
    let result = Parser.parse(SourceFile(path: "long.engage", text: text))
    #expect(
      DiagnosticListing.lines(result.diagnostics) == [
        "1:23-1:30 error EM0001 unexpected 'patient'; each statement goes on its own line"
      ])
    #expect(result.syntax.declarations.count == 1)
  }

  @Test func fiveMegabyteLineOfStrayCharactersIsCapped() {
    let text = String(repeating: "@ ", count: 2_600_000)
    let result = Parser.parse(SourceFile(path: "long.engage", text: text))
    let strays = (0..<Parser.diagnosticLimit).map { "1:\(2 * $0 + 1)-1:\(2 * $0 + 2) error EM0003 unexpected character '@' (U+0040)" }
    #expect(
      DiagnosticListing.lines(result.diagnostics)
        == strays + ["- error EM0001 too many errors in long.engage: 2599000 more not shown; fix the ones above and check again"])
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
    var prefixesWithErrors = 0
    for length in stride(from: 0, through: file.bytes.count, by: 7) {
      let prefix = SourceFile(path: "prefix.engage", bytes: Array(file.bytes.prefix(length)))
      let result = Parser.parse(prefix)
      #expect(result.diagnostics.allSatisfy { $0.range != nil })
      if result.diagnostics.hasErrors { prefixesWithErrors += 1 }
    }
    #expect(prefixesWithErrors > file.bytes.count / 7 / 2, "most prefixes cut a statement or a block short")
    #expect(Parser.parse(file).diagnostics.isEmpty)
  }

  private func expectLocatedErrors(_ result: ParseResult, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    #expect(result.diagnostics.hasErrors, sourceLocation: sourceLocation)
    let unlocated = result.diagnostics.filter { $0.range == nil && !$0.message.contains("more not shown") }
    #expect(unlocated.isEmpty, sourceLocation: sourceLocation)
  }
}
