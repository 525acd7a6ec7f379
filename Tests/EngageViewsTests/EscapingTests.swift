import EngageGraphviz
import EngageModel
import Foundation
import Testing

@testable import EngageViews

#if canImport(FoundationXML)
  import FoundationXML
#endif

@Suite struct EscapingTests {
  @Test(arguments: [
    ("plain", "\"plain\""),
    ("say \"hi\"", "\"say \\\"hi\\\"\""),
    ("back\\slash", "\"back\\\\slash\""),
    ("two\nlines", "\"two\\nlines\""),
    ("\\N \\G", "\"\\\\N \\\\G\""),
    ("bell\u{07}", "\"bell \""),
    ("æøå Ελληνικά 中文", "\"æøå Ελληνικά 中文\""),
  ])
  func quotedStrings(input: String, expected: String) {
    #expect(DOTEscaping.quoted(input) == expected)
  }

  @Test(arguments: [
    ("tooltip", #"a\b"#, #""a\\\\b""#),
    ("edgetooltip", #"\G"#, #""\\\\G""#),
    ("URL", #"\N"#, #""\\N""#),
    ("id", #"a\b"#, #""a\\b""#),
    ("fillcolor", #"a\b"#, #""a\\b""#),
  ])
  func tooltipsAreEscapedTwiceOtherAttributesOnce(attribute: String, input: String, expected: String) {
    #expect(DOTEscaping.value(.text(input), attribute: attribute) == expected)
  }

  @Test(arguments: [
    ("<script>", "&lt;script&gt;"),
    ("a & b", "a &amp; b"),
    ("\"q\" 'a'", "&quot;q&quot; &#39;a&#39;"),
    ("{x}", "{x}"),
    ("one\ntwo", "one<BR/>two"),
    ("tab\there", "tab here"),
    ("nul\u{00}x", "nul\u{FFFD}x"),
    ("non\u{FFFE}characters\u{FFFF}", "non\u{FFFD}characters\u{FFFD}"),
    ("cr\r\nlf", "cr<BR/>lf"),
    ("æøå Ελληνικά 中文", "æøå Ελληνικά 中文"),
    (#"\N \G \\"#, #"\\N \\G \\\\"#),
    ("esc\u{1B}bel\u{07}csi\u{9B}", "esc\u{FFFD}bel\u{FFFD}csi\u{FFFD}"),
    ("ｆｕｌｌ😀", "ｆｕｌｌ😀"),
  ])
  func htmlText(input: String, expected: String) {
    #expect(HTMLText.escape(input) == expected)
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("two\nlines <&> \"q\"", "two&#10;lines &lt;&amp;&gt; &quot;q&quot;"),
    (#"\N"#, #"\\N"#),
    ("esc\u{1B}cr\r!", "esc cr!"),
  ])
  func htmlAttribute(input: String, expected: String) {
    #expect(HTMLText.attribute(input) == expected)
  }

  @Test(arguments: [0xFFFE, 0xFFFF, 0xFDD0, 0xFDEF, 0x1FFFE, 0x10FFFF] as [UInt32])
  func noncharactersBecomeReplacementCharacters(code: UInt32) throws {
    let scalar = try #require(Unicode.Scalar(code))
    let text = "a" + String(Character(scalar)) + "b"
    #expect(HTMLText.escape(text) == "a\u{FFFD}b")
    #expect(HTMLText.attribute(text) == "a\u{FFFD}b")
    #expect(DOTEscaping.quoted(text) == "\"a\u{FFFD}b\"")
  }

  @Test(arguments: [
    ("Elicit goals and preferences with the patient", 24, ["Elicit goals and", "preferences with the", "patient"]),
    ("short", 24, ["short"]),
    ("abcdefghijkl", 5, ["abcde", "fghij", "kl"]),
    ("one\ntwo three", 24, ["one", "two three"]),
  ])
  func wrapping(text: String, width: Int, expected: [String]) {
    #expect(TextWrapping.lines(text, width: width) == expected)
  }

  /// A model whose user text holds everything that could break DOT, HTML labels or SVG.
  static let hostileModel = #"""
    organisation clinic "Clinic \"A\" \\ <script> & {x} æøå" {
      purpose "Purpose with </script><script>alert(1)</script> and 'quotes'"
      goal g1 "Goal Ελληνικά 中文 & more"
    }
    client patients "Patients <b>bold</b>" { kind external }
    role patient "Patient \"P\"" { kind patient }
    megaprocess care "Care {braces} \\ back" {
      client patients
      goals g1
      description """
        Line one <img src=x onerror=alert(1)>
        Line two & "three"
        """
      process planning "Plan \"A\" \\ <script> & {x} æøå" {
        kind main
        owner patient
        purpose "Two\nlines"
        description "Tooltip \"quoted\" \\ back </script> & ∑"
        input visit "Visit <i>" from patients
        output plan "Plan & more" to patients
        start s "Start \"here\""
        step one "Step <script> Ελληνικά" by patient { description "Desc \\N \\G \"x\"" }
        end e "End 中文"
        s -> one -> e
        measure m1 "Measure <&> \"x\"" {
          unit percent
          target >= 80
          frequency monthly
        }
      }
    }
    """#

  @Test func hostileTextIsEscapedInDOT() throws {
    let graph = try ViewFixtures.graph(Self.hostileModel)
    let documents = ViewCatalog.documents(for: graph)
    #expect(documents.count == 5)
    for document in documents {
      let dot = document.dot
      #expect(dot.hasPrefix("digraph \""))
      for label in htmlLabels(dot) {
        #expect(!label.contains("<script"), "\(document.path): unescaped <script in \(label)")
        #expect(!label.contains("<img"), "\(document.path): unescaped <img in \(label)")
        #expect(!label.contains("<b>"), "\(document.path): unescaped markup in \(label)")
      }
    }
    let process = try #require(documents.first { $0.path == "process/planning" }).dot
    #expect(process.contains(#"Plan &quot;A&quot; \\ &lt;script&gt; &amp; {x} æøå"#))
    #expect(process.contains(#"tooltip="Plan \"A\" \\\\ <script> & {x} æøå\nTwo\nlines\nTooltip \"quoted\" \\\\ back </script> & ∑""#))
    #expect(process.contains("Step &lt;script&gt; Ελληνικά"))
    #expect(process.contains(#"Desc \\\\N \\\\G \"x\""#))
  }

  /// The HTML-like labels of a DOT text: from `label=<` to the `>` that balances it.
  func htmlLabels(_ dot: String) -> [String] {
    var labels: [String] = []
    var rest = Substring(dot)
    while let start = rest.range(of: "label=<") {
      var depth = 1
      var index = start.upperBound
      while index < rest.endIndex, depth > 0 {
        if rest[index] == "<" { depth += 1 } else if rest[index] == ">" { depth -= 1 }
        index = rest.index(after: index)
      }
      labels.append(String(rest[start.upperBound..<index]))
      rest = rest[index...]
    }
    return labels
  }

  @Test func hostileTextRendersLiterallyInSVG() throws {
    let graph = try ViewFixtures.graph(Self.hostileModel)
    var checkedText: [String] = []
    for document in ViewCatalog.documents(for: graph) {
      let svg = Data(try Graphviz.render(dot: document.dot, format: .svg))
      let parsed = try SVGText.parse(svg)
      #expect(!parsed.elements.contains("script"), "\(document.path): a script element was injected")
      #expect(!parsed.elements.contains("img"))
      #expect(!parsed.elements.contains("b"))
      let text = parsed.text.joined(separator: " ")
      let attributes = parsed.attributeValues.joined(separator: "\n")
      switch document.path {
      case "process/planning":
        checkedText.append(document.path)
        #expect(text.contains("Plan \"A\" \\ <script> & {x}"))
        #expect(text.contains("Step <script> Ελληνικά"))
        #expect(text.contains("End 中文"))
        #expect(attributes.contains("Tooltip \"quoted\" \\ back </script> & ∑"))
        #expect(attributes.contains("Desc \\N \\G \"x\""))
      case "landscape":
        checkedText.append(document.path)
        #expect(text.contains("Clinic \"A\" \\ <script> & {x} æøå"))
        #expect(text.contains("Goal Ελληνικά 中文 & more"))
        #expect(attributes.contains("Line one <img src=x onerror=alert(1)>\nLine two & \"three\""))
      default:
        break
      }
    }
    #expect(checkedText.sorted() == ["landscape", "process/planning"], "the documents whose text is checked exist")
  }
}

/// The element names, text content and attribute values of an SVG document.
final class SVGText: NSObject, XMLParserDelegate {
  var elements = Set<String>()
  var text: [String] = []
  var attributeValues: [String] = []
  private var current = ""

  static func parse(_ data: Data) throws -> SVGText {
    let collector = SVGText()
    let parser = XMLParser(data: data)
    parser.delegate = collector
    guard parser.parse() else {
      throw FixtureError(message: "SVG is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown error")")
    }
    return collector
  }

  func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
    elements.insert(name)
    attributeValues.append(contentsOf: attributes.keys.sorted().compactMap { attributes[$0] })
    current = ""
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    if name == "text" { text.append(current) }
    current = ""
  }
}
