/// A position in a document as editors and the Language Server Protocol count it: a 0-based
/// line, where `\n`, `\r\n` and a lone `\r` each end a line, and a 0-based column in UTF-16 code
/// units (LSP's default) and in UTF-8 bytes (its `utf-8` position encoding).
public struct DocumentPosition: Sendable, Hashable, CustomStringConvertible {
  public let line: Int
  public let utf16Column: Int
  public let utf8Column: Int

  public init(line: Int, utf16Column: Int, utf8Column: Int) {
    self.line = line
    self.utf16Column = utf16Column
    self.utf8Column = utf8Column
  }

  /// The position just after the last character of `bytes` (UTF-8; invalid bytes count as
  /// U+FFFD, one UTF-16 unit each, as an editor decoding them shows them).
  public static func end(of bytes: [UInt8]) -> DocumentPosition {
    var line = 0
    var lastLineStart = 0
    var index = 0
    while index < bytes.count {
      switch bytes[index] {
      case UInt8(ascii: "\n"):
        line += 1
        lastLineStart = index + 1
      case UInt8(ascii: "\r"):
        if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
        line += 1
        lastLineStart = index + 1
      default:
        break
      }
      index += 1
    }
    let lastLine = bytes[lastLineStart...]
    let utf16 = String(decoding: lastLine, as: UTF8.self).utf16.count
    return DocumentPosition(line: line, utf16Column: utf16, utf8Column: lastLine.count)
  }

  /// `line:utf16Column`, both 0-based.
  public var description: String { "\(line):\(utf16Column)" }
}
