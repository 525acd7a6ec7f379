import Foundation

/// Splits a byte stream into JSON-RPC messages framed by `Content-Length` headers (the Language
/// Server Protocol's base protocol). Malformed frames are reported, never trusted: a header block
/// without a usable `Content-Length` is skipped whole.
public struct MessageFramer: Sendable {
  /// What the next frame of the stream is.
  public enum Frame: Sendable, Equatable {
    /// A message's body.
    case message(Data)
    /// A header block that could not be used, and why; the reader goes on after it.
    case malformed(String)
  }

  /// The largest body accepted (a bigger `Content-Length` is a malformed frame, not an allocation).
  public static let maximumBodyLength = 256 * 1024 * 1024

  private var buffer: [UInt8] = []
  /// Where unread bytes start in `buffer`.
  private var position = 0
  /// The body length of a frame whose headers have been read, while its body is awaited.
  private var pendingLength: Int?

  public init() {}

  public mutating func append(_ bytes: some Sequence<UInt8>) {
    if position > 65536 && position * 2 > buffer.count {
      buffer.removeFirst(position)
      position = 0
    }
    buffer.append(contentsOf: bytes)
  }

  /// The next complete frame, or `nil` when more bytes are needed.
  public mutating func next() -> Frame? {
    if pendingLength == nil {
      guard let headerEnd = findHeaderEnd() else { return nil }
      let header = String(decoding: buffer[position..<headerEnd], as: UTF8.self)
      position = headerEnd + 4
      switch Self.contentLength(in: header) {
      case .success(let length): pendingLength = length
      case .failure(let reason): return .malformed(reason.description)
      }
    }
    guard let length = pendingLength, buffer.count - position >= length else { return nil }
    let body = Data(buffer[position..<(position + length)])
    position += length
    pendingLength = nil
    return .message(body)
  }

  private func findHeaderEnd() -> Int? {
    var index = position
    while index + 3 < buffer.count {
      if buffer[index] == 13, buffer[index + 1] == 10, buffer[index + 2] == 13, buffer[index + 3] == 10 { return index }
      index += 1
    }
    return nil
  }

  private static func contentLength(in header: String) -> Result<Int, HeaderErrorReason> {
    for line in header.split(separator: "\r\n") {
      let parts = line.split(separator: ":", maxSplits: 1)
      guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces).lowercased() == "content-length" else {
        continue
      }
      guard let length = Int(parts[1].trimmingCharacters(in: .whitespaces)), length >= 0 else {
        return .failure(HeaderErrorReason("Content-Length '\(parts[1].trimmingCharacters(in: .whitespaces))' is not a length"))
      }
      guard length <= maximumBodyLength else {
        return .failure(HeaderErrorReason("Content-Length \(length) is larger than \(maximumBodyLength) bytes"))
      }
      return .success(length)
    }
    return .failure(HeaderErrorReason("a message header without Content-Length"))
  }

  /// A frame's header that could not be used.
  private struct HeaderErrorReason: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
  }

  /// `Content-Length: N\r\n\r\n` and the body.
  public static func frame(_ body: Data) -> Data {
    var data = Data("Content-Length: \(body.count)\r\n\r\n".utf8)
    data.append(body)
    return data
  }
}
