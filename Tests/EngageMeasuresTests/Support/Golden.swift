import Foundation
import Testing

/// Golden files beside the tests: compared byte for byte, re-recorded only when
/// `ENGAGEMAP_RECORD=1` is set; a missing or different golden file fails the test.
enum Golden {
  static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  static let goldenDirectory = testsDirectory.appendingPathComponent("Golden")
  static let fixturesDirectory = testsDirectory.appendingPathComponent("Fixtures")

  static var isRecording: Bool { ProcessInfo.processInfo.environment["ENGAGEMAP_RECORD"] == "1" }

  static func fixture(_ name: String) -> String { fixturesDirectory.appendingPathComponent(name).path }

  static func check(_ actual: String, against name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
    let url = goldenDirectory.appendingPathComponent(name)
    if isRecording {
      try FileManager.default.createDirectory(at: goldenDirectory, withIntermediateDirectories: true)
      try Data(actual.utf8).write(to: url, options: .atomic)
      return
    }
    guard let data = FileManager.default.contents(atPath: url.path) else {
      Issue.record("missing golden file \(name); run with ENGAGEMAP_RECORD=1 to record it", sourceLocation: sourceLocation)
      return
    }
    let expected = String(decoding: data, as: UTF8.self)
    #expect(actual == expected, "output differs from Golden/\(name)", sourceLocation: sourceLocation)
  }
}
