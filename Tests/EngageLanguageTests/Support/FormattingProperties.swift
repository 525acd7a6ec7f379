import EngageLanguage
import Foundation
import Testing

/// What every formatted text must satisfy, checked against the file it was formatted from:
/// formatting it again changes nothing; it has the same syntax tree (ranges aside), the same
/// tokens and the same comments (count and text, trailing whitespace aside); and its layout is
/// canonical (`\n` line ends, no byte-order mark, one final line end, no blank line at the start
/// or two in a row, indentation in spaces by twos, no trailing whitespace outside triple-quoted
/// text).
enum FormattingProperties {
  static func expectAll(
    original file: SourceFile, formatted text: String, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let formattedFile = SourceFile(path: file.path, text: text)
    let again = SourceFormatter.format(formattedFile)
    #expect((try? again.get().text) == text, "formatting twice changes \(file.path)", sourceLocation: sourceLocation)
    #expect((try? again.get().isChanged) == false, sourceLocation: sourceLocation)
    #expect(
      dumpWithoutRangesOrComments(file) == dumpWithoutRangesOrComments(formattedFile),
      "the syntax tree of \(file.path) changes", sourceLocation: sourceLocation)
    #expect(
      significantTokens(file) == significantTokens(formattedFile), "the tokens of \(file.path) change",
      sourceLocation: sourceLocation)
    let before = Lexer.tokenize(file).comments.map { trimmed($0.text) }
    let after = Lexer.tokenize(formattedFile).comments.map(\.text)
    #expect(before == after, "the comments of \(file.path) change", sourceLocation: sourceLocation)
    expectCanonicalLayout(text, of: formattedFile, sourceLocation: sourceLocation)
  }

  static func expectCanonicalLayout(
    _ text: String, of file: SourceFile, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) {
    let bytes = Array(text.utf8)
    #expect(!bytes.contains(UInt8(ascii: "\r")), "a carriage return in \(file.path)", sourceLocation: sourceLocation)
    #expect(!bytes.starts(with: [0xEF, 0xBB, 0xBF]), "a byte-order mark", sourceLocation: sourceLocation)
    #expect(text.isEmpty || (text.hasSuffix("\n") && !text.hasSuffix("\n\n")), sourceLocation: sourceLocation)
    #expect(!text.hasPrefix("\n"), "a blank first line", sourceLocation: sourceLocation)
    let insideText = linesInsideTripleQuotedText(file)
    var previousBlank = false
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().enumerated() {
      let number = index + 1
      guard !insideText.contains(number) else { continue }
      let blank = line.isEmpty
      #expect(!(blank && previousBlank), "two blank lines at \(file.path):\(number)", sourceLocation: sourceLocation)
      previousBlank = blank
      #expect(line.last != " " && line.last != "\t", "trailing whitespace at \(file.path):\(number)", sourceLocation: sourceLocation)
      let indent = line.prefix { $0 == " " || $0 == "\t" }
      #expect(!indent.contains("\t"), "a tab in the indentation at \(file.path):\(number)", sourceLocation: sourceLocation)
      #expect(indent.count % 2 == 0, "indentation not by twos at \(file.path):\(number)", sourceLocation: sourceLocation)
    }
  }

  /// The 1-based lines that lie within a triple-quoted string over several lines, after its
  /// opening line (their text and spaces are the string's).
  static func linesInsideTripleQuotedText(_ file: SourceFile) -> Set<Int> {
    var lines: Set<Int> = []
    for token in Lexer.tokenize(file).tokens where token.kind == .string && token.isMultiline {
      let first = file.location(of: token.start).line
      let last = file.location(of: token.end).line
      if last > first { lines.formUnion((first + 1)...last) }
    }
    return lines
  }

  /// The tree dump without `@line:col-line:col` ranges and without comment lines.
  static func dumpWithoutRangesOrComments(_ file: SourceFile) -> [String] {
    let dump = ASTDumper.dump(Parser.parse(file).syntax)
    return dump.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).hasPrefix("Comment ") }
      .map { line in
        guard let at = line.range(of: " @", options: .backwards) else { return String(line) }
        return String(line[..<at.lowerBound])
      }
  }

  /// Every token but line ends: kind, and the value of a string or the text of anything else.
  static func significantTokens(_ file: SourceFile) -> [String] {
    Lexer.tokenize(file).tokens.filter { $0.kind != .newline }.map { token in
      if token.kind == .string { return "string\(token.isMultiline ? "3" : "1") \(token.stringValue ?? "")" }
      return "\(token.kind) \(file.text(of: SourceRange(file: file, start: token.start, end: token.end)))"
    }
  }

  static func trimmed(_ text: String) -> String {
    var result = Substring(text)
    while let last = result.last, last == " " || last == "\t" || last == "\r" { result = result.dropLast() }
    return String(result)
  }
}
