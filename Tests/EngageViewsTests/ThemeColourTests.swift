import Foundation
import Testing

/// Every colour is named in `Theme`; everything else refers to it.
@Suite struct ThemeColourTests {
  static let sources = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Sources")
  static let theme = "EngageViews/Theme/Theme.swift"

  /// Every `.swift` file under Sources, by path relative to it.
  static func sourceFiles() throws -> [(path: String, text: String)] {
    let enumerator = FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil)
    var files: [(String, String)] = []
    while let url = enumerator?.nextObject() as? URL {
      guard url.pathExtension == "swift" else { continue }
      let path = String(url.path.dropFirst(sources.path.count + 1))
      files.append((path, try String(contentsOf: url, encoding: .utf8)))
    }
    return files.sorted { $0.0 < $1.0 }
  }

  /// `#RGB`, `#RRGGBB` or `#RRGGBBAA` not preceded by `&` (an entity such as `&#39;`) or a word
  /// character, and not followed by one.
  static var hexColour: Regex<(Substring, Substring)> { /(?:^|[^&\w])(#(?:[0-9A-Fa-f]{8}|[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3}))(?!\w)/ }

  @Test func hexColourLiteralsAppearOnlyInTheme() throws {
    let files = try Self.sourceFiles()
    #expect(files.contains { $0.path == Self.theme })
    var found: [String] = []
    for file in files where file.path != Self.theme {
      for (number, line) in file.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
        for match in line.matches(of: Self.hexColour) { found.append("\(file.path):\(number + 1): \(match.output.1)") }
      }
    }
    #expect(found == [], "colour literals outside Theme: name them in Theme")
  }

  @Test func theScanFindsTheColoursItLooksFor() throws {
    let theme = try #require(try Self.sourceFiles().first { $0.path == Self.theme })
    #expect(theme.text.matches(of: Self.hexColour).count > 40)
    #expect("fill=\"#ddd\" \"#F3F3F3\" #0072B2cc".matches(of: Self.hexColour).count == 3)
    #expect("&#39; #define #1 #12 #fileID".matches(of: Self.hexColour).isEmpty)
  }

  @Test func namedColoursGoThroughTheTheme() throws {
    let named = /"(?:white|black|red|green|blue|gr[ae]y|yellow|orange|transparent)"/
    var found: [String] = []
    for file in try Self.sourceFiles() where file.path != Self.theme && file.text.contains(named) {
      found.append(file.path)
    }
    #expect(found == [])
  }
}
