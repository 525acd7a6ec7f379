import Foundation
import Testing
@testable import EngageGraphviz
#if canImport(FoundationXML)
import FoundationXML
#endif

/// A small named graph with a cluster, labels with markup characters and non-Latin text.
let sampleDOT = """
  digraph sample {
    graph [rankdir=LR, fontname="DejaVu Sans"];
    node [shape=box, fontname="DejaVu Sans"];
    subgraph cluster_care { label="Care partnership"; planning; medicines; }
    planning [label="Shared care planning", tooltip="Agree a plan <with> the patient & family"];
    medicines [label="Safe medicine list"];
    concerns [label="Concern reporting — Bekymringsmelding"];
    agreed [shape=diamond, label="Plan agreed?"];
    planning -> agreed;
    agreed -> medicines [label="yes"];
    agreed -> planning [label="no"];
    medicines -> concerns;
  }
  """

@Suite("Graphviz rendering")
struct GraphvizRenderTests {
  @Test("each format starts with its signature", arguments: [
    (GraphvizFormat.svg, Array("<?xml".utf8)),
    (GraphvizFormat.png, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
    (GraphvizFormat.pdf, Array("%PDF-".utf8)),
  ])
  func formatSignature(format: GraphvizFormat, signature: [UInt8]) throws {
    let bytes = try Graphviz.render(dot: sampleDOT, format: format)
    #expect(Array(bytes.prefix(signature.count)) == signature)
    #expect(bytes.count > 500)
  }

  @Test("SVG parses as XML with an svg root and one node group per node")
  func svgParsesAsXML() throws {
    let bytes = try Graphviz.render(dot: sampleDOT, format: .svg)
    let collector = ElementCollector()
    let parser = XMLParser(data: Data(bytes))
    parser.delegate = collector
    #expect(parser.parse(), "XML error: \(String(describing: parser.parserError))")
    #expect(collector.elements.first == "svg")
    #expect(collector.nodeGroupCount == 4)
    let text = String(decoding: bytes, as: UTF8.self)
    #expect(text.contains("<title>sample</title>"))
    #expect(text.contains("Agree a plan &lt;with&gt; the patient &amp; family"))
    #expect(text.contains("Bekymringsmelding"))
  }

  @Test("dot format returns the input unchanged without layout")
  func dotFormatIsTheInput() throws {
    let unlaidOut = "digraph kept { a -> b }  # not even valid DOT after this: {{{"
    #expect(try Graphviz.render(dot: sampleDOT, format: .dot) == Array(sampleDOT.utf8))
    #expect(try Graphviz.render(dot: unlaidOut, format: .dot) == Array(unlaidOut.utf8))
  }

  @Test("repeated renders are byte-identical", arguments: [GraphvizFormat.svg, .png, .pdf])
  func repeatedRendersAreIdentical(format: GraphvizFormat) throws {
    let first = try Graphviz.render(dot: sampleDOT, format: format)
    for _ in 0..<3 {
      #expect(try Graphviz.render(dot: sampleDOT, format: format) == first)
    }
  }

  @Test("warnings are returned, not printed, and do not fail the render")
  func warningsAreReturned() throws {
    let rendering = try Graphviz.renderReportingWarnings(dot: "digraph warned { a [shape=foo] }", format: .svg)
    #expect(rendering.warnings == ["using box for unknown shape foo"])
    #expect(String(decoding: rendering.bytes, as: UTF8.self).contains("<title>warned</title>"))
  }

  @Test("Graphviz.version is the library's dotted version")
  func versionIsDotted() {
    let parts = Graphviz.version.split(separator: ".")
    #expect(parts.count >= 2)
    #expect(parts.allSatisfy { !$0.isEmpty && $0.allSatisfy(\.isNumber) })
  }
}

/// Records element names and counts Graphviz's `<g class="node">` groups.
final class ElementCollector: NSObject, XMLParserDelegate {
  var elements: [String] = []
  var nodeGroupCount = 0

  func parser(
    _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
    qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
  ) {
    elements.append(elementName)
    if elementName == "g", attributeDict["class"] == "node" { nodeGroupCount += 1 }
  }
}
