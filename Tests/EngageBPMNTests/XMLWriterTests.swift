import Testing

@testable import EngageBPMN

@Suite("BPMN export: XML text")
struct XMLWriterTests {
  @Test(arguments: [
    ("a < b & \"c\" 'd' > e", "a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt; e"),
    ("line\nbreak\ttab\r", "line&#10;break&#9;tab&#13;"),
    ("bell\u{07} nul\u{00} nonchar\u{FFFE}\u{FFFF} c1\u{85}", "bell\u{FFFD} nul\u{FFFD} nonchar\u{FFFD}\u{FFFD} c1\u{FFFD}"),
    ("Ünïcödé ✓", "Ünïcödé ✓"),
  ])
  func attributeValuesAreEscapedAndKeepTheirWhitespace(text: String, escaped: String) {
    #expect(XMLWriter.escapedAttribute(text) == escaped)
  }

  @Test func textKeepsQuotesAndLineFeedsButNotCarriageReturns() {
    #expect(XMLWriter.escapedText("\"a\" <b>\r\nc\u{01}") == "\"a\" &lt;b&gt;&#13;\nc\u{FFFD}")
  }

  @Test func hostileTextReadsBackLiterally() throws {
    let hostile = "]]> <!-- --> <?pi?> &amp; \u{01}\u{FFFE} \"'\n\t"
    var writer = XMLWriter()
    writer.open("root", [("name", hostile)])
    writer.element("text", content: hostile)
    writer.close()
    let root = try XMLTreeReader.read(writer.text)
    let expected = "]]> <!-- --> <?pi?> &amp; \u{FFFD}\u{FFFD} \"'\n\t"
    #expect(root["name"] == expected)
    #expect(root.children("text").first?.text == expected)
  }

  @Test(arguments: [("planning", "planning"), ("a-b", "a_x2D_b"), ("1st", "_1st"), ("", "_"), ("é", "_xE9_")])
  func idPartsAreNCNames(text: String, name: String) {
    #expect(BPMNIds.name(text) == name)
  }
}
