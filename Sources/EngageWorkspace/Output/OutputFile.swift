/// One file of an output set: its path relative to the set's directory and its bytes.
public struct OutputFile: Sendable, Equatable {
  /// A relative path with `/` between components (`process/intake.svg`).
  public let path: String
  public let bytes: [UInt8]

  public init(path: String, bytes: [UInt8]) {
    self.path = path
    self.bytes = bytes
  }

  public init(path: String, text: String) {
    self.init(path: path, bytes: Array(text.utf8))
  }
}
