/// One source file's text as UTF-8 bytes, with a line table that turns byte offsets into
/// line and column numbers.
///
/// Ranges everywhere in EngageMap store byte offsets; line and column are derived here on demand.
/// Columns count UTF-8 bytes from 1, as clang and swiftc do.
public final class SourceFile: Sendable, Hashable, CustomStringConvertible {
  /// The path as shown in diagnostics (relative to the working directory where possible).
  public let path: String
  /// The file's bytes, with a leading UTF-8 byte-order mark removed.
  public let bytes: [UInt8]
  /// Byte offset at which each line starts; `lineStarts[0] == 0`.
  public let lineStarts: [Int]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    var content = bytes
    if content.starts(with: [0xEF, 0xBB, 0xBF]) { content.removeFirst(3) }
    self.bytes = content
    var starts = [0]
    content.withUnsafeBufferPointer { buffer in
      for offset in buffer.indices where buffer[offset] == UInt8(ascii: "\n") {
        starts.append(offset + 1)
      }
    }
    self.lineStarts = starts
  }

  public convenience init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }

  /// The 1-based line and column of a byte offset; offsets past the end clamp to the end.
  public func location(of offset: Int) -> SourceLocation {
    let clamped = max(0, min(offset, bytes.count))
    var low = 0
    var high = lineStarts.count - 1
    while low < high {
      let mid = (low + high + 1) / 2
      if lineStarts[mid] <= clamped { low = mid } else { high = mid - 1 }
    }
    return SourceLocation(line: low + 1, column: clamped - lineStarts[low] + 1, offset: clamped)
  }

  /// The text of a 1-based line without its line end (`\n` or `\r\n`).
  public func lineText(_ line: Int) -> String {
    guard let bounds = lineBounds(line) else { return "" }
    return String(decoding: bytes[bounds], as: UTF8.self)
  }

  /// The byte range of a 1-based line without its line end (`\n` or `\r\n`); `nil` past the
  /// last line.
  func lineBounds(_ line: Int) -> Range<Int>? {
    guard line >= 1, line <= lineStarts.count else { return nil }
    let start = lineStarts[line - 1]
    var end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
    if end > start, bytes[end - 1] == UInt8(ascii: "\r") { end -= 1 }
    return start..<max(start, end)
  }

  /// The text covered by a range of this file.
  public func text(of range: SourceRange) -> String {
    let start = max(0, min(range.start, bytes.count))
    let end = max(start, min(range.end, bytes.count))
    return String(decoding: bytes[start..<end], as: UTF8.self)
  }

  public var description: String { path }

  public static func == (lhs: SourceFile, rhs: SourceFile) -> Bool { lhs === rhs }
  public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}

/// A 1-based line and column, with the byte offset it was derived from.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
  public let line: Int
  public let column: Int
  public let offset: Int

  public init(line: Int, column: Int, offset: Int) {
    self.line = line
    self.column = column
    self.offset = offset
  }

  public var description: String { "\(line):\(column)" }

  public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool { lhs.offset < rhs.offset }
}

/// A half-open byte range `start..<end` in one source file.
public struct SourceRange: Sendable, Hashable, CustomStringConvertible {
  public let file: SourceFile
  public let start: Int
  public let end: Int

  public init(file: SourceFile, start: Int, end: Int) {
    self.file = file
    self.start = start
    self.end = max(start, end)
  }

  public var startLocation: SourceLocation { file.location(of: start) }
  public var endLocation: SourceLocation { file.location(of: end) }

  /// The smallest range covering both ranges (they must share a file; otherwise `self`).
  public func union(_ other: SourceRange) -> SourceRange {
    guard other.file == file else { return self }
    return SourceRange(file: file, start: min(start, other.start), end: max(end, other.end))
  }

  /// `path:line:col`, as every diagnostic prints it.
  public var description: String { "\(file.path):\(startLocation)" }
}
