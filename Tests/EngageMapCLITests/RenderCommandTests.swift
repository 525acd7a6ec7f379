import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite("engagemap render")
struct RenderCommandTests {
  static let hostile = "Tests/EngageMapCLITests/Fixtures/render/hostile-text.engage"

  /// Every file under `directory`, relative, sorted.
  static func files(_ directory: String) -> [String] {
    let enumerator = FileManager.default.enumerator(atPath: directory)
    var result: [String] = []
    while let next = enumerator?.nextObject() as? String {
      var isDirectory: ObjCBool = false
      if FileManager.default.fileExists(atPath: "\(directory)/\(next)", isDirectory: &isDirectory), !isDirectory.boolValue {
        result.append(next)
      }
    }
    return result.sorted()
  }

  @Test(arguments: ["riverside", "northshore"])
  func everyViewOfTheExampleModelsIsWellFormedSVG(model: String) throws {
    let scratch = try ScratchDirectory()
    let result = try CLIRunner.run(["render", "Models/\(model)", "-o", scratch.path])
    #expect(result.status == 0, "\(result.standardError)")
    let files = Self.files(scratch.path)
    for view in ["landscape.svg", "relations.svg", "measures.svg", "engagement.svg"] {
      #expect(files.contains(view))
    }
    #expect(files.filter { $0.hasPrefix("process/") }.count > 3)
    for file in files {
      #expect(file.hasSuffix(".svg"))
      let data = try #require(FileManager.default.contents(atPath: "\(scratch.path)/\(file)"))
      let parser = XMLParser(data: data)
      #expect(parser.parse(), "\(file) is not well-formed XML")
    }
  }

  @Test func twoProcessesRenderByteIdenticalSVG() throws {
    let first = try ScratchDirectory()
    let second = try ScratchDirectory()
    #expect(try CLIRunner.run(["render", "Models/riverside", "-o", first.path]).status == 0)
    #expect(try CLIRunner.run(["render", "Models/riverside", "-o", second.path]).status == 0)
    let files = Self.files(first.path)
    #expect(files == Self.files(second.path))
    for file in files {
      let a = FileManager.default.contents(atPath: "\(first.path)/\(file)")
      let b = FileManager.default.contents(atPath: "\(second.path)/\(file)")
      #expect(a != nil && a == b, "\(file) differs between runs")
    }
  }

  @Test func hostileTextAppearsLiterallyWithNothingInjected() throws {
    let scratch = try ScratchDirectory()
    let result = try CLIRunner.run(["render", Self.hostile, "-o", scratch.path])
    #expect(result.status == 0, "\(result.standardError)")
    var allText = ""
    var allAttributes = ""
    for file in Self.files(scratch.path) {
      let data = try #require(FileManager.default.contents(atPath: "\(scratch.path)/\(file)"))
      let collector = SVGCollector()
      let parser = XMLParser(data: data)
      parser.delegate = collector
      #expect(parser.parse(), "\(file) is not well-formed XML")
      #expect(!collector.elements.contains("script"), "\(file): a script element was injected")
      #expect(!collector.elements.contains("img"), "\(file): an img element was injected")
      allText += collector.text.joined(separator: " ") + "\n"
      allAttributes += collector.attributes.joined(separator: "\n") + "\n"
    }
    for literal in ["Clinic \"A\" \\ <script> & {x} æøå", "Step <script> Ελληνικά", "End 中文", "Goal Ελληνικά 中文 & more"] {
      #expect(allText.contains(literal), "missing literal text: \(literal)")
    }
    for literal in ["Tooltip \"quoted\" \\ back </script> & ∑", "Desc \\N \\G \"x\"", "Line one <img src=x onerror=alert(1)>"] {
      #expect(allAttributes.contains(literal), "missing literal tooltip: \(literal)")
    }
  }

  @Test func modelWithErrorsWritesNothing() throws {
    let scratch = try ScratchDirectory()
    let result = try CLIRunner.run(["render", CheckCommandTests.unknownRole, "-o", "\(scratch.path)/out"])
    #expect(result.status == 1)
    #expect(containsLocatedError(result.standardError))
    let check = try CLIRunner.run(["check", CheckCommandTests.unknownRole])
    #expect(check.standardError == result.standardError, "render prints the same diagnostics as check")
    #expect(!FileManager.default.fileExists(atPath: "\(scratch.path)/out"))
  }

  @Test func singleProcessAndFormatDot() throws {
    let scratch = try ScratchDirectory()
    let result = try CLIRunner.run([
      "render", "Models/riverside", "--process", "shared_care_planning", "--format", "dot", "-o", scratch.path,
    ])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(Self.files(scratch.path) == ["process/shared_care_planning.dot"])
    let dot = try #require(FileManager.default.contents(atPath: "\(scratch.path)/process/shared_care_planning.dot"))
    #expect(String(decoding: dot, as: UTF8.self).hasPrefix("digraph \"process-shared_care_planning\" {"))
  }

  @Test(arguments: [
    (["--process", "shared_care_plannin"], "did you mean 'shared_care_planning'?"),
    (["--period", "2026-10"], "--period needs --data"),
    (["--process", "shared_care_planning", "--view", "landscape"], "cannot be combined"),
  ])
  func usageErrorsExitTwoAndWriteNothing(arguments: [String], message: String) throws {
    let scratch = try ScratchDirectory()
    let result = try CLIRunner.run(["render", "Models/riverside", "-o", "\(scratch.path)/out"] + arguments)
    #expect(result.status == 2)
    #expect(result.standardError.contains(message), "\(result.standardError)")
    #expect(!FileManager.default.fileExists(atPath: "\(scratch.path)/out"))
  }

  /// Option checks are ArgumentParser usage errors: the message, then the usage line.
  @Test(arguments: [
    (["render", "Models/riverside", "--collapse-above=-1"], "Error: --collapse-above must be 0 or more", "Usage: engagemap render "),
    (["render", "Models/riverside", "--period", "2026-10"], "Error: --period needs --data", "Usage: engagemap render "),
    (["render", "Models/riverside", "--process", "x", "--view", "relations"], "Error: --process x renders a process map; it cannot be combined with --view relations", "Usage: engagemap render "),
    (["measures", "Models/riverside"], "Error: Missing expected argument '--data <data>'", "Usage: engagemap measures <model> --data <data> "),
  ])
  func optionChecksAreUsageErrors(arguments: [String], message: String, usage: String) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 2)
    #expect(result.standardOutput == "")
    let lines = result.standardError.split(separator: "\n").map(String.init)
    #expect(lines.first == message, "\(result.standardError)")
    #expect(lines.dropFirst().first?.hasPrefix(usage) == true, "\(result.standardError)")
  }

  @Test func dataColoursTheMapsByStatus() throws {
    let scratch = try ScratchDirectory()
    let result = try CLIRunner.run([
      "render", "Models/riverside", "--data", "Models/riverside/data/measures.csv", "--view", "measures", "-o", scratch.path,
    ])
    #expect(result.status == 0, "\(result.standardError)")
    let svg = String(decoding: FileManager.default.contents(atPath: "\(scratch.path)/measures.svg") ?? Data(), as: UTF8.self)
    #expect(svg.contains("✓ met"))
    #expect(svg.contains("Measure status for"))
    #expect(svg.lowercased().contains("#009e73"), "met is drawn in Okabe–Ito bluish green")
  }

  @Test func collapsedLandscapeLinksToMegaprocessMaps() throws {
    let scratch = try ScratchDirectory()
    let result = try CLIRunner.run(["render", "Models/riverside", "--view", "landscape", "--collapse-above", "3", "-o", scratch.path])
    #expect(result.status == 0, "\(result.standardError)")
    let files = Self.files(scratch.path)
    #expect(files.contains("landscape.svg"))
    #expect(files.contains("megaprocess/care_partnership.svg"))
    let svg = String(decoding: FileManager.default.contents(atPath: "\(scratch.path)/landscape.svg") ?? Data(), as: UTF8.self)
    #expect(svg.contains("xlink:href=\"megaprocess/care_partnership.svg\""))
  }
}

/// Element names, text and attribute values of an SVG document.
final class SVGCollector: NSObject, XMLParserDelegate {
  var elements = Set<String>()
  var text: [String] = []
  var attributes: [String] = []
  private var current = ""

  func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
    elements.insert(name)
    self.attributes.append(contentsOf: attributes.keys.sorted().compactMap { attributes[$0] })
    current = ""
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    if name == "text" { text.append(current) }
    current = ""
  }
}
