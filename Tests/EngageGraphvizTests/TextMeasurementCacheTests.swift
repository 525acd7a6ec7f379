import CGraphviz
import Foundation
import Testing
@testable import EngageGraphviz

/// `TextMeasurementCache` answers for text pango has measured before, for SVG and layouts only.
@Suite("Text measurements remembered across graphs")
struct TextMeasurementCacheTests {
  /// `text` in bold 13 pt Helvetica, measured by the context's text layout.
  private func measure(_ text: String, in context: OpaquePointer) -> MeasuredSpan? {
    "Helvetica".withCString { name in
      MeasuredSpan.measure(text, fontName: UnsafeMutablePointer(mutating: name), size: 13, flags: 1, in: context)
    }
  }

  @Test("text measured once is answered from memory with pango's figures, and only when allowed")
  func remembersMeasurements() throws {
    let text = "Remembered \(UUID().uuidString)"
    let results = GraphvizSession.run { _ -> (installed: Bool, first: MeasuredSpan?, second: MeasuredSpan?, cairo: MeasuredSpan?)? in
      guard let context = GraphvizSession.context() else { return nil }
      gvtextlayout_select(context)
      TextMeasurementCache.answersFromMemory = true
      let first = measure(text, in: context)
      let second = measure(text, in: context)
      TextMeasurementCache.answersFromMemory = false
      let cairo = measure(text, in: context)
      return (TextMeasurementCache.isInstalled, first, second, cairo)
    }.value
    let measured = try #require(results)
    #expect(measured.installed)
    let first = try #require(measured.first)
    let second = try #require(measured.second)
    let cairo = try #require(measured.cairo)
    #expect(first.width > 0 && first.hadLayout)
    #expect(second == MeasuredSpan(width: first.width, height: first.height, baselineOffset: first.baselineOffset, hadLayout: false))
    #expect(cairo == first)
  }

  /// Text no other test uses, so the first render below measures it with pango.
  private func labelledGraph() -> String {
    let unique = UUID().uuidString
    return """
      digraph remembered {
        node [fontname="Helvetica", shape=box];
        a [label=<<B>Measured once \(unique)</B><BR/><FONT POINT-SIZE="9">then remembered</FONT>>];
        b [label="Plain \(unique)"];
        a -> b [label="edge \(unique)"];
      }
      """
  }

  @Test("SVG drawn from remembered measurements is byte-identical to the first")
  func svgFromMemoryIsIdentical() throws {
    let dot = labelledGraph()
    let first = try Graphviz.render(dot: dot, format: .svg)
    let second = try Graphviz.render(dot: dot, format: .svg)
    #expect(!first.isEmpty)
    #expect(first == second)
  }

  @Test("a PNG after an SVG of the same text still draws the text", arguments: [GraphvizFormat.png, .pdf])
  func cairoAfterSVGDrawsText(format: GraphvizFormat) throws {
    let dot = labelledGraph()
    let before = try Graphviz.render(dot: dot, format: format)
    _ = try Graphviz.render(dot: dot, format: .svg)
    let after = try Graphviz.render(dot: dot, format: format)
    #expect(before.elementsEqual(after), "the \(format) drawn after an SVG of the same text differs")
  }
}
