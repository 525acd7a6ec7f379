import Testing

@testable import EngageLanguageServer

/// Byte offsets ↔ LSP positions, in UTF-16 units and in UTF-8 bytes, over non-ASCII text.
@Suite struct LineTableTests {
  static let text = "role sjå \"Sjåfør\"\nrole yi \"医生 👩‍⚕️\" { kind staff }\r\nx\ry"

  /// Each case: the text before a position on its line, and the line. The expected columns
  /// are counted by Swift's own UTF-16 and UTF-8 views of that prefix.
  @Test(arguments: [
    ("role sjå", 0), ("role sjå \"Sjåfør", 0), ("", 1), ("role yi \"医生", 1), ("role yi \"医生 👩", 1),
    ("role yi \"医生 👩‍⚕️\" {", 1), ("x", 2), ("y", 3),
  ])
  func positionsCountUnitsOfTheEncoding(prefix: String, line: Int) throws {
    let lines = Self.text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r" || $0 == "\r\n" })
    let lineStart = lines[..<line].reduce(0) { $0 + $1.utf8.count } + [0, 1, 3, 4][line]
    let offset = lineStart + prefix.utf8.count
    let table = LineTable(Array(Self.text.utf8))
    let utf16 = LSPPosition(line: line, character: prefix.utf16.count)
    let utf8 = LSPPosition(line: line, character: prefix.utf8.count)
    #expect(table.position(of: offset, encoding: .utf16) == utf16)
    #expect(table.position(of: offset, encoding: .utf8) == utf8)
    #expect(table.offset(of: utf16, encoding: .utf16) == offset)
    #expect(table.offset(of: utf8, encoding: .utf8) == offset)
  }

  @Test func crlfAndLoneCarriageReturnEndLines() {
    let table = LineTable(Array(Self.text.utf8))
    #expect(table.lineStarts.count == 4)
    let bytes = Array(Self.text.utf8)
    #expect(table.position(of: bytes.count - 1, encoding: .utf16) == LSPPosition(line: 3, character: 0))
  }

  @Test func positionsOutsideTheTextAreClamped() {
    let table = LineTable(Array("ab\ncd".utf8))
    #expect(table.offset(of: LSPPosition(line: 0, character: 99), encoding: .utf16) == 2)
    #expect(table.offset(of: LSPPosition(line: 9, character: 0), encoding: .utf16) == 5)
    #expect(table.offset(of: LSPPosition(line: -1, character: 0), encoding: .utf8) == 0)
    #expect(table.position(of: 99, encoding: .utf16) == LSPPosition(line: 1, character: 2))
  }
}
