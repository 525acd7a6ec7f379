import EngageModel
import Foundation
import Testing

@testable import EngageLanguage
@testable import EngageRules

/// Every code block of docs/LANGUAGE.md is checked by its tag (the convention is written in the
/// document's section 8): whole models load and check without errors, fragments parse, error
/// examples give exactly the diagnostics shown under them, and the grammar names every keyword.
@Suite("docs/LANGUAGE.md")
struct LanguageDocumentTests {
  static let path = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("docs/LANGUAGE.md").path

  /// One fenced code block: the tag after the opening fence, its text, and the line of the fence.
  struct Block: Sendable, CustomTestStringConvertible {
    let tag: String
    let text: String
    let line: Int
    var testDescription: String { "LANGUAGE.md:\(line) \(tag)" }
  }

  static func blocks(in document: String) -> [Block] {
    var blocks: [Block] = []
    var open: (tag: String, line: Int, lines: [Substring])?
    for (index, line) in document.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      if line.hasPrefix("```") {
        if let current = open {
          blocks.append(Block(tag: current.tag, text: current.lines.map { "\($0)\n" }.joined(), line: current.line))
          open = nil
        } else {
          open = (String(line.dropFirst(3)).trimmingCharacters(in: .whitespaces), index + 1, [])
        }
      } else if open != nil {
        open?.lines.append(line)
      }
    }
    return blocks
  }

  static let document = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
  static let allBlocks = blocks(in: document)

  @Test func everyBlockHasARecognisedTag() {
    #expect(!Self.document.isEmpty, "cannot read \(Self.path)")
    var previous: String?
    var unrecognised: [String] = []
    for block in Self.allBlocks {
      let kind = block.tag.split(separator: " ").first.map(String.init) ?? ""
      switch kind {
      case "engage", "engage-error", "engage-unformatted", "ebnf", "text", "sh":
        break
      case "engage-fragment":
        if block.tag != "engage-fragment" && !block.tag.hasPrefix("engage-fragment in ") { unrecognised.append(block.testDescription) }
        if previous == "engage-unformatted" && block.tag != "engage-fragment" {
          unrecognised.append("\(block.testDescription) (a formatted example is a top-level engage-fragment)")
        }
      case "diagnostics":
        if previous != "engage-error" { unrecognised.append("\(block.testDescription) (not after an engage-error block)") }
      default:
        unrecognised.append(block.testDescription)
      }
      if previous == "engage-unformatted" && kind != "engage-fragment" {
        unrecognised.append("\(block.testDescription) (not an engage-fragment after an engage-unformatted block)")
      }
      previous = kind
    }
    #expect(unrecognised == [], "tag code blocks engage, engage-fragment [in KEYWORD], engage-error + diagnostics, ebnf, text or sh")
    let errors = Self.allBlocks.filter { $0.tag == "engage-error" }
    #expect(Self.allBlocks.filter { $0.tag == "diagnostics" }.count == errors.count, "each engage-error block is followed by its diagnostics")
  }

  @Test func theDocumentHasEveryKindOfBlock() {
    let tags = Set(Self.allBlocks.map { $0.tag.split(separator: " ").first.map(String.init) ?? "" })
    #expect(tags.isSuperset(of: ["engage", "engage-fragment", "engage-error", "diagnostics", "engage-unformatted", "ebnf"]))
    #expect(Self.allBlocks.count >= 15)
  }

  @Test(arguments: allBlocks.filter { $0.tag == "engage" })
  func wholeModelLoadsAndChecksWithoutErrors(_ block: Block) throws {
    let file = SourceFile(path: "example.engage", text: block.text)
    let loaded = ModelLoader.load(files: [file], root: ".")
    #expect(DiagnosticTextFormatter(colour: false).format(loaded.diagnostics) == "")
    let graph = try #require(loaded.graph)
    let errors = RuleRunner.check(graph).filter { $0.severity == .error }
    #expect(DiagnosticTextFormatter(colour: false).format(errors) == "")
    #expect(!graph.processes.isEmpty || graph.organisation != nil)
  }

  @Test(arguments: allBlocks.filter { $0.tag.hasPrefix("engage-fragment") })
  func fragmentParsesWithoutDiagnostics(_ block: Block) {
    let context = block.tag.split(separator: " ").dropFirst(2).first.map(String.init)
    if let context {
      #expect(Keywords.topLevel.words.contains(context), "'in \(context)': a fragment is parsed inside a top-level declaration")
    }
    let wrap = { (body: String) -> String in
      guard let context else { return body }
      return (context == "settings" ? "settings {\n" : "\(context) wrapper {\n") + body + "}\n"
    }
    let result = Parser.parse(SourceFile(path: "example.engage", text: wrap(block.text)))
    #expect(DiagnosticTextFormatter(colour: false).format(result.diagnostics) == "")
    let empty = Parser.parse(SourceFile(path: "example.engage", text: wrap("")))
    let lines = ASTDumper.dump(result.syntax).split(separator: "\n").filter { !$0.contains("Comment ") }.count
    #expect(lines > ASTDumper.dump(empty.syntax).split(separator: "\n").count, "the fragment declares something")
  }

  @Test(arguments: allBlocks.indices.filter { allBlocks[$0].tag == "engage-error" })
  func errorExampleGivesTheDiagnosticsShown(_ index: Int) throws {
    let block = Self.allBlocks[index]
    let shown = try #require(Self.allBlocks.indices.contains(index + 1) ? Self.allBlocks[index + 1] : nil)
    #expect(shown.tag == "diagnostics")
    let diagnostics = RuleRunner.check(source: block.text, path: "example.engage")
    #expect(diagnostics.hasErrors)
    #expect(DiagnosticTextFormatter(colour: false).format(diagnostics.unsuppressed) == shown.text)
  }

  /// The examples are written as `engagemap fmt` writes them, so that the document and the
  /// formatter agree: formatting a whole model or a top-level fragment changes nothing, and a
  /// fragment that belongs in a block is unchanged inside it (indented by the block's 2 spaces).
  /// Formatting any example twice gives what formatting it once gives.
  @Test(arguments: allBlocks.filter { $0.tag == "engage" || $0.tag.hasPrefix("engage-fragment") })
  func exampleIsFormatted(_ block: Block) throws {
    let context = block.tag.split(separator: " ").dropFirst(2).first.map(String.init)
    var text = block.text
    if let context {
      let lines = block.text.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
      let indented = lines.allSatisfy { $0.isEmpty || $0.hasPrefix("  ") }
      let body = lines.map { indented || $0.isEmpty ? "\($0)\n" : "  \($0)\n" }.joined()
      text = (context == "settings" ? "settings {\n" : "\(context) wrapper {\n") + body + "}\n"
    }
    let once = try SourceFormatter.format(SourceFile(path: "example.engage", text: text)).get()
    #expect(once.text == text, "engagemap fmt would change the example")
    let twice = try SourceFormatter.format(SourceFile(path: "example.engage", text: once.text)).get()
    #expect(twice.text == once.text)
  }

  @Test(arguments: allBlocks.indices.filter { allBlocks[$0].tag == "engage-unformatted" })
  func unformattedExampleFormatsToTheBlockAfterIt(_ index: Int) throws {
    let block = Self.allBlocks[index]
    let formatted = try #require(Self.allBlocks.indices.contains(index + 1) ? Self.allBlocks[index + 1] : nil)
    #expect(formatted.tag == "engage-fragment")
    #expect(block.text != formatted.text)
    let result = try SourceFormatter.format(SourceFile(path: "example.engage", text: block.text)).get()
    #expect(result.text == formatted.text)
  }

  /// An example with parse errors is refused with exactly its parse diagnostics; one whose
  /// errors come from resolving or checking (an `allow` naming no rule) parses, and is formatted
  /// to itself.
  @Test(arguments: allBlocks.filter { $0.tag == "engage-error" })
  func errorExampleIsRefusedOrAlreadyFormatted(_ block: Block) throws {
    let file = SourceFile(path: "example.engage", text: block.text)
    let parseDiagnostics = Parser.parse(file).diagnostics
    if parseDiagnostics.isEmpty {
      #expect(try SourceFormatter.format(file).get().text == block.text, "engagemap fmt would change the example")
    } else {
      #expect(SourceFormatter.format(file) == .failure(.doesNotParse(parseDiagnostics)))
    }
  }

  @Test func theGrammarNamesEveryKeyword() throws {
    let grammar = try #require(Self.allBlocks.first { $0.tag == "ebnf" })
    let missing = Keyword.allCases.map(\.spelling).filter { !grammar.text.contains("\"\($0)\"") }
    #expect(missing == [])
  }

  /// The triple-quoted example says what value it has; the dump writes values the same way.
  @Test func theTripleQuotedExampleHasTheValueItStates() throws {
    let statement = try #require(Self.document.range(of: "has the value `"))
    let value = Self.document[statement.upperBound...].prefix { $0 != "`" }
    let block = try #require(Self.allBlocks.first { $0.text.contains("\"\"\"") && $0.tag.hasPrefix("engage-fragment") })
    let result = Parser.parse(SourceFile(path: "example.engage", text: "role r {\n\(block.text)}\n"))
    #expect(ASTDumper.dump(result.syntax).contains("String \(value) multiline"), "\(value)")
  }
}
