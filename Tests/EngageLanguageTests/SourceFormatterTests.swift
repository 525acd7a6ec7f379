import EngageTestSupport
import Foundation
import Testing

@testable import EngageLanguage

/// `SourceFormatter`: each case in `Formatting/` formats to its golden `.formatted` file, and
/// every input the project has (the cases, the parser's golden inputs, `Models/`, a large
/// generated model) keeps its meaning, its comments and its tokens, and formats to a fixed point
/// in one pass (`FormattingProperties`). Files that do not parse are refused with exactly their
/// parse diagnostics (every malformed file: `MalformedCorpusTests`).
@Suite struct SourceFormatterTests {
  static let golden = GoldenDirectory("Formatting")
  static let cases = Fixtures.names(in: Fixtures.formatting, extension: "engage")
  static let parserInputs = Fixtures.names(in: Fixtures.golden, extension: "engage")

  static func goldenName(_ input: String) -> String { String(input.dropLast(".engage".count)) + ".formatted" }

  static func formatted(_ file: SourceFile, sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> String {
    switch SourceFormatter.format(file) {
    case .success(let source): return source.text
    case .failure(let failure):
      Issue.record("\(file.path) was not formatted:\n\(DiagnosticTextFormatter(colour: false).format(failure.diagnostics))", sourceLocation: sourceLocation)
      throw failure
    }
  }

  // MARK: - Golden cases

  @Test func thereIsACaseForEveryPartOfTheLayout() {
    #expect(Self.cases == [
      "allow.engage", "blank_lines.engage", "blocks.engage", "comments.engage", "empty.engage", "messy.engage",
      "only_comments.engage", "strings.engage",
    ])
  }

  @Test(arguments: cases)
  func caseFormatsToItsGoldenOutput(_ name: String) throws {
    let file = try Fixtures.sourceFile("Formatting", name)
    let text = try Self.formatted(file)
    Self.golden.expect(text, matches: Self.goldenName(name))
    FormattingProperties.expectAll(original: file, formatted: text)
  }

  @Test func everyGoldenOutputBelongsToACase() {
    Self.golden.expectNoStaleFiles(claimed: Self.cases.map(Self.goldenName)) { $0.hasSuffix(".formatted") }
  }

  /// The messy case has everything the formatter must put right, so its input really is messy.
  @Test func theMessyCaseIsMessy() throws {
    let file = try Fixtures.sourceFile("Formatting", "messy.engage")
    let raw = try Data(contentsOf: Fixtures.formatting.appendingPathComponent("messy.engage"))
    #expect(raw.starts(with: [0xEF, 0xBB, 0xBF]), "a byte-order mark")
    let text = String(decoding: file.bytes, as: UTF8.self)
    for (written, what) in [
      ("\r\n", "CRLF line ends"), ("\t", "tabs"), ("\r\n\r\n\r\n", "runs of blank lines"), ("{ # ", "a comment after '{'"),
      ("}   # ", "a comment after '}'"), ("}# ", "a comment right after '}'"), ("{kind external}", "a one-line block"),
      ("kind internal\r\n  }", "a block closed on its own line"), ("booked->talk", "an arrow without spaces"),
      ("support_p . trained", "a spaced reference"), ("kind patient }", "a statement and its block's '}' on one line"),
    ] {
      #expect(text.contains(written), "the messy model has \(what)")
    }
    let lineFeedsAlone = zip(file.bytes.dropFirst(), file.bytes).filter { $0 == UInt8(ascii: "\n") && $1 != UInt8(ascii: "\r") }
    #expect(!lineFeedsAlone.isEmpty, "the messy model mixes LF and CRLF")
  }

  // MARK: - Properties over every input

  @Test(arguments: parserInputs)
  func parserGoldenInputKeepsItsMeaningAndIsAFixedPoint(_ name: String) throws {
    let file = try Fixtures.sourceFile("Golden", name)
    FormattingProperties.expectAll(original: file, formatted: try Self.formatted(file))
  }

  /// `Models/` is written in the canonical layout: formatting changes no byte of any file.
  @Test(arguments: Fixtures.modelFiles())
  func modelFileIsAlreadyFormatted(_ path: String) throws {
    let data = try Data(contentsOf: Fixtures.repository.appendingPathComponent(path))
    let file = SourceFile(path: path, bytes: Array(data))
    let result = try SourceFormatter.format(file).get()
    #expect(!result.isChanged, "engagemap fmt \(path) would change it")
    #expect(Array(result.text.utf8) == Array(data))
    FormattingProperties.expectAll(original: file, formatted: result.text)
  }

  @Test func modelsHaveFiles() {
    #expect(Fixtures.modelFiles().count >= 10)
  }

  @Test func largeGeneratedModelKeepsItsMeaningAndIsAFixedPoint() throws {
    let text = MessyModelGenerator.text(processes: 400)
    let file = SourceFile(path: "generated.engage", text: text)
    #expect(Parser.parse(file).diagnostics.isEmpty)
    #expect(file.bytes.count > 150_000)
    #expect(text.contains("\r\n") && text.contains("\t") && text.contains("#"))
    let formatted = try Self.formatted(file)
    #expect(formatted != text)
    FormattingProperties.expectAll(original: file, formatted: formatted)
  }

  // MARK: - Refusals

  @Test func everyPrefixOfAValidFileIsFormattedOrRefusedWithoutCrashing() throws {
    let file = try Fixtures.sourceFile("Formatting", "messy.engage")
    var formattedCount = 0
    for length in stride(from: 0, through: file.bytes.count, by: 5) {
      let prefix = SourceFile(path: "prefix.engage", bytes: Array(file.bytes.prefix(length)))
      switch SourceFormatter.format(prefix) {
      case .success(let source):
        formattedCount += 1
        FormattingProperties.expectAll(original: prefix, formatted: source.text)
      case .failure(let failure):
        #expect(!failure.diagnostics.isEmpty)
        if case .wouldChangeMeaning(let diagnostic) = failure { Issue.record("prefix \(length): \(diagnostic.message)") }
      }
    }
    #expect(formattedCount >= 3, "the empty file and the prefixes ending between declarations format")
  }

  // MARK: - The guard

  @Test func theGuardFindsAChangedTokenACommentAndTextThatDoesNotParse() throws {
    let file = SourceFile(path: "g.engage", text: "role gp \"GP\" { kind clinician }  # note\n")
    let lexed = Lexer.tokenize(file)
    #expect(FormattingCheck.difference(original: lexed, file: file, formatted: file.bytes) == nil)
    let changes = [
      ("role gp \"G P\" { kind clinician }  # note\n", "a token would change"),
      ("role gp \"GP\" { kind clinician }  # other\n", "a comment would change"),
      ("role gp \"GP\" { kind clinician }\n", "a comment would be lost"),
      ("role gp \"GP\" { kind clinician } # note\nrole x\n", "a token would be added"),
      ("role gp \"GP\" {  # note\n kind clinician }\n", nil),
      ("role gp \"GP\" { kind clinician  # note\n}\n", nil),
      ("role gp \"GP\" { kind\n clinician }  # note\n", "does not parse"),
      ("role gp \"GP\"  # note\n", "a token would be lost"),
    ]
    for (text, expected) in changes {
      let difference = FormattingCheck.difference(original: lexed, file: file, formatted: Array(text.utf8))
      if let expected {
        #expect(difference?.message.contains(expected) == true, "\(text): \(difference?.message ?? "no difference")")
        #expect(difference?.range != nil)
      } else {
        #expect(difference == nil, "\(text): only the layout differs")
      }
    }
  }

  // MARK: - Details of the layout

  @Test(arguments: [
    ("", ""), ("\n\n  \t\n", ""), ("\u{FEFF}", ""), ("\u{FEFF}role gp\r\n", "role gp\n"),
    ("role gp", "role gp\n"), ("role   gp   \"GP\"\t\t", "role gp \"GP\"\n"),
  ])
  func edgesOfTheFile(_ input: String, _ expected: String) throws {
    #expect(try Self.formatted(SourceFile(path: "e.engage", text: input)) == expected)
  }

  @Test func numbersStayAsWritten() throws {
    let text = "process p {\n  measure m {\n    target >= 80.50\n    warning between -1.0 and 007\n  }\n  step s { duration 0.250 days }\n}\n"
    #expect(try Self.formatted(SourceFile(path: "n.engage", text: text)) == text)
  }

  @Test func changedIsWhatAnEditorWouldReplace() throws {
    let unchanged = try SourceFormatter.format(SourceFile(path: "u.engage", text: "role gp\n")).get()
    #expect(!unchanged.isChanged)
    let changed = try SourceFormatter.format(SourceFile(path: "c.engage", text: "role  gp\r\nrole x \"é😀\"")).get()
    #expect(changed.isChanged)
    #expect(changed.text == "role gp\nrole x \"é😀\"\n")
    #expect(changed.documentEnd == DocumentPosition(line: 1, utf16Column: 12, utf8Column: 15))
  }

  @Test(arguments: [
    ("", 0, 0, 0), ("a", 0, 1, 1), ("a\n", 1, 0, 0), ("a\nbc", 1, 2, 2), ("a\r\nbc", 1, 2, 2), ("a\rbc", 1, 2, 2),
    ("a\r\n\r\n", 2, 0, 0), ("\r", 1, 0, 0), ("é😀", 0, 3, 6), ("x\n中", 1, 1, 3),
  ])
  func documentEndCountsLinesAndColumnsAsEditorsDo(_ text: String, _ line: Int, _ utf16: Int, _ utf8: Int) {
    let end = DocumentPosition.end(of: Array(text.utf8))
    #expect(end == DocumentPosition(line: line, utf16Column: utf16, utf8Column: utf8))
    #expect(end.description == "\(line):\(utf16)")
  }

  @Test func quotedStringsEscapeOnlyWhatTheyMust() {
    #expect(StringLiteralText.quoted("plain") == "\"plain\"")
    #expect(StringLiteralText.quoted("a \"b\" \\ c\nd\té") == "\"a \\\"b\\\" \\\\ c\\nd\té\"")
    let file = SourceFile(path: "q.engage", text: "role r \(StringLiteralText.quoted("a \"b\" \\ c\nd\té"))\n")
    guard case .role(let role)? = Parser.parse(file).syntax.declarations.first else {
      Issue.record("no role")
      return
    }
    #expect(role.title?.value == "a \"b\" \\ c\nd\té")
  }

  /// One formatter may serve many requests at once (a language server formats on any thread).
  @Test func formattingFromManyThreadsAtOnceGivesTheSameResults() throws {
    let files = try Self.cases.map { try Fixtures.sourceFile("Formatting", $0) }
      + Fixtures.modelFiles().map { path in
        SourceFile(path: path, bytes: Array((try? Data(contentsOf: Fixtures.repository.appendingPathComponent(path))) ?? Data()))
      }
    let expected = files.map { SourceFormatter.formattedText($0) }
    let results = ConcurrentResults(count: files.count * 4)
    DispatchQueue.concurrentPerform(iterations: files.count * 4) { index in
      results.store(SourceFormatter.formattedText(files[index % files.count]), at: index)
    }
    for index in 0..<(files.count * 4) {
      #expect(results.value(at: index) == expected[index % files.count])
    }
  }
}

/// One slot per iteration of a concurrent loop.
private final class ConcurrentResults: @unchecked Sendable {
  private var slots: [String?]
  private let lock = NSLock()

  init(count: Int) { slots = Array(repeating: nil, count: count) }

  func store(_ value: String?, at index: Int) {
    lock.lock()
    slots[index] = value
    lock.unlock()
  }

  func value(at index: Int) -> String? {
    lock.lock()
    defer { lock.unlock() }
    return slots[index]
  }
}
