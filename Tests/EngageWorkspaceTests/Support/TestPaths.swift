import Foundation

/// Paths the workspace tests read: the package's models and fixtures.
enum TestPaths {
  /// The package root, found from this file's path.
  static let packageRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

  static func model(_ name: String) -> String { "\(packageRoot)/Models/\(name)" }

  static let clinicModel = "\(packageRoot)/Tests/EngageMeasuresTests/Fixtures/clinic/model.engage"
  static let clinicData = "\(packageRoot)/Tests/EngageMeasuresTests/Fixtures/clinic/data.csv"
}

/// A directory under the system's temporary directory, removed (whatever its permissions) when
/// released.
final class ScratchDirectory: Sendable {
  let path: String

  init() throws {
    path = FileManager.default.temporaryDirectory.appendingPathComponent("engagemap-workspace-\(UUID().uuidString)").path
    try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
  }

  /// Writes `text` at `relative`, creating directories.
  func write(_ relative: String, _ text: String) throws {
    let url = URL(fileURLWithPath: "\(path)/\(relative)")
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url)
  }

  func read(_ relative: String) -> String? {
    FileManager.default.contents(atPath: "\(path)/\(relative)").map { String(decoding: $0, as: UTF8.self) }
  }

  func exists(_ relative: String) -> Bool {
    FileManager.default.fileExists(atPath: "\(path)/\(relative)")
  }

  /// Every entry under `relative` (files and directories, hidden ones included), relative to
  /// it, sorted.
  func tree(_ relative: String = "") -> [String] {
    let root = relative.isEmpty ? path : "\(path)/\(relative)"
    return (FileManager.default.subpaths(atPath: root) ?? []).sorted()
  }

  deinit {
    if let names = FileManager.default.subpaths(atPath: path) {
      for name in names { chmod("\(path)/\(name)", 0o755) }
    }
    try? FileManager.default.removeItem(atPath: path)
  }
}
