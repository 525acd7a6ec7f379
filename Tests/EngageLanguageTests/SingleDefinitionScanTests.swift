import Foundation
import Testing

@testable import EngageLanguage

/// Each output convention has one definition; these scans fail when a copy appears in Sources.
@Suite struct SingleDefinitionScanTests {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources")

  /// The `.swift` files under Sources (relative path, text) that contain `needle`.
  static func files(containing needle: String) throws -> [String] {
    let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
    var found: [String] = []
    while let url = enumerator?.nextObject() as? URL {
      guard url.pathExtension == "swift", try String(contentsOf: url, encoding: .utf8).contains(needle) else { continue }
      found.append(String(url.path.dropFirst(sources.path.count + 1)))
    }
    return found.sorted()
  }

  @Test(arguments: [
    ("&lt;", ["EngageLanguage/Output/MarkupEscaping.swift"]),
    ("&#39;", ["EngageLanguage/Output/MarkupEscaping.swift"]),
    ("\\u{1B}[", ["EngageLanguage/Output/TerminalStyle.swift"]),
    ("JSONEncoder", []),
    ("JSONSerialization", []),
    ("\"≥\"", ["EngageModel/Measures/MeasureText.swift"]),
  ])
  func definedOnce(needle: String, files: [String]) throws {
    #expect(try Self.files(containing: needle) == files)
  }
}
