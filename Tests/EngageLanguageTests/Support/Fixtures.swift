import EngageLanguage
import Foundation
import Testing

/// Locates the fixture folders beside the tests and compares output with golden files.
enum Fixtures {
  static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  static let golden = testsDirectory.appendingPathComponent("Golden")
  static let malformed = testsDirectory.appendingPathComponent("Malformed")

  /// The names of the files with `extension` in a fixture folder, sorted.
  static func names(in directory: URL, extension fileExtension: String) -> [String] {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: directory.path)) ?? []
    return names.filter { $0.hasSuffix("." + fileExtension) }.sorted()
  }

  /// A fixture as a source file whose path is relative to the tests directory, so that
  /// diagnostics and dumps do not depend on where the repository is checked out.
  static func sourceFile(_ folder: String, _ name: String) throws -> SourceFile {
    let url = testsDirectory.appendingPathComponent(folder).appendingPathComponent(name)
    let data = try Data(contentsOf: url)
    return SourceFile(path: "\(folder)/\(name)", bytes: Array(data))
  }

  static var isRecording: Bool { ProcessInfo.processInfo.environment["ENGAGEMAP_RECORD"] == "1" }

  /// Compares `actual` with the golden file; with `ENGAGEMAP_RECORD=1` writes it instead.
  static func expectGolden(
    _ actual: String, at url: URL, sourceLocation: Testing.SourceLocation = #_sourceLocation
  ) throws {
    if isRecording {
      try Data(actual.utf8).write(to: url, options: .atomic)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record(
        "missing golden file \(url.lastPathComponent); run the tests with ENGAGEMAP_RECORD=1 to record it",
        sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    #expect(actual == expected, "differs from \(url.lastPathComponent)", sourceLocation: sourceLocation)
  }
}
