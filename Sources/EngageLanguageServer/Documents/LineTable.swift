import EngageLanguage

/// How LSP positions count columns: UTF-16 code units (the default) or UTF-8 bytes (negotiated).
public enum PositionEncoding: String, Sendable {
  case utf16 = "utf-16"
  case utf8 = "utf-8"
}

/// A zero-based line and column, as the Language Server Protocol counts them.
public struct LSPPosition: Sendable, Hashable {
  public let line: Int
  public let character: Int
  public init(line: Int, character: Int) {
    self.line = line
    self.character = character
  }

  var json: JSON { ["line": .int(line), "character": .int(character)] }

  init?(_ json: JSON?) {
    guard let line = json?["line"]?.int, let character = json?["character"]?.int else { return nil }
    self.init(line: line, character: character)
  }
}

/// Converts between byte offsets (how the project locates text) and LSP positions, for one
/// text. Lines end at `\n`, `\r\n` or a lone `\r`, as LSP says.
public struct LineTable: Sendable {
  public let bytes: [UInt8]
  /// The byte offset at which each line starts.
  public let lineStarts: [Int]

  public init(_ bytes: [UInt8]) {
    self.bytes = bytes
    var starts = [0]
    var index = 0
    while index < bytes.count {
      if bytes[index] == UInt8(ascii: "\n") {
        starts.append(index + 1)
      } else if bytes[index] == UInt8(ascii: "\r") {
        if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "\n") { index += 1 }
        starts.append(index + 1)
      }
      index += 1
    }
    lineStarts = starts
  }

  /// The position of byte `offset` (clamped to the text).
  public func position(of offset: Int, encoding: PositionEncoding) -> LSPPosition {
    let clamped = max(0, min(offset, bytes.count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
    }
    let start = lineStarts[low]
    switch encoding {
    case .utf8:
      return LSPPosition(line: low, character: clamped - start)
    case .utf16:
      return LSPPosition(line: low, character: Self.utf16Count(bytes[start..<clamped]))
    }
  }

  /// The byte offset of `position`; a column past the end of its line is the line's end, a line
  /// past the end of the text is the text's end.
  public func offset(of position: LSPPosition, encoding: PositionEncoding) -> Int {
    guard position.line >= 0 else { return 0 }
    guard position.line < lineStarts.count else { return bytes.count }
    let start = lineStarts[position.line]
    var end = position.line + 1 < lineStarts.count ? lineStarts[position.line + 1] : bytes.count
    while end > start, bytes[end - 1] == UInt8(ascii: "\n") || bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    let wanted = max(0, position.character)
    switch encoding {
    case .utf8:
      return min(start + wanted, end)
    case .utf16:
      var units = 0
      var index = start
      while index < end, units < wanted {
        let lead = bytes[index]
        let length = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
        units += length == 4 ? 2 : 1
        index = min(index + length, end)
      }
      return index
    }
  }

  /// UTF-16 code units of UTF-8 bytes (invalid bytes count one each, as U+FFFD).
  static func utf16Count(_ slice: ArraySlice<UInt8>) -> Int {
    var count = 0
    for byte in slice {
      if byte & 0xC0 != 0x80 { count += 1 }
      if byte >= 0xF0 { count += 1 }
    }
    return count
  }

  func range(_ start: Int, _ end: Int, encoding: PositionEncoding) -> JSON {
    ["start": position(of: start, encoding: encoding).json, "end": position(of: end, encoding: encoding).json]
  }

  /// The whole text's range.
  func wholeRange(encoding: PositionEncoding) -> JSON { range(0, bytes.count, encoding: encoding) }
}
