import Foundation

/// Writes files atomically: the bytes go to a temporary file beside the destination, which is
/// then renamed over it, so a failed run never leaves a half-written file.
enum AtomicFile {
  static func write(_ bytes: [UInt8], to path: String) throws {
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(
      at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(bytes).write(to: url, options: .atomic)
  }

  static func write(_ text: String, to path: String) throws {
    try write(Array(text.utf8), to: path)
  }
}
