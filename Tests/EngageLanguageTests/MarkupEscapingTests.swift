import Foundation
import Testing

#if canImport(FoundationXML)
  import FoundationXML
#endif

@testable import EngageLanguage

/// The one HTML/XML escaper.
@Suite struct MarkupEscapingTests {
  @Test(arguments: [
    ("plain text", "plain text", "plain text"),
    ("a & b < c > d", "a &amp; b &lt; c &gt; d", "a &amp; b &lt; c &gt; d"),
    ("say \"hi\" 'there'", "say &quot;hi&quot; &#39;there&#39;", "say \"hi\" 'there'"),
    ("&amp; stays escaped once", "&amp;amp; stays escaped once", "&amp;amp; stays escaped once"),
    ("tab\tnewline\ncr\r", "tab\tnewline\ncr\r", "tab\tnewline\ncr\r"),
    ("nul\u{00} bell\u{07} esc\u{1B}", "nul\u{FFFD} bell\u{FFFD} esc\u{FFFD}", "nul\u{FFFD} bell\u{FFFD} esc\u{FFFD}"),
    ("del\u{7F} c1\u{80}\u{85}\u{9F}", "del\u{FFFD} c1\u{FFFD}\u{FFFD}\u{FFFD}", "del\u{FFFD} c1\u{FFFD}\u{FFFD}\u{FFFD}"),
    ("\u{FFFE}\u{FFFF}", "\u{FFFD}\u{FFFD}", "\u{FFFD}\u{FFFD}"),
    ("é ü Ελληνικά 中文 ✓ \u{A0}\u{F8FF}\u{FFFD}\u{1F600}", "é ü Ελληνικά 中文 ✓ \u{A0}\u{F8FF}\u{FFFD}\u{1F600}", "é ü Ελληνικά 中文 ✓ \u{A0}\u{F8FF}\u{FFFD}\u{1F600}"),
  ])
  func escapes(input: String, attribute: String, text: String) {
    #expect(MarkupEscaping.escape(input) == attribute)
    #expect(MarkupEscaping.escape(input, in: .attribute) == attribute)
    #expect(MarkupEscaping.escape(input, in: .text) == text)
  }

  /// Escaped text is well-formed XML character data and attribute content, whatever went in.
  @Test func everyScalarOfTheBasicPlaneComesOutAsValidXML() throws {
    var scalars = String.UnicodeScalarView()
    for value in UInt32(0)...0xFFFF {
      if let scalar = Unicode.Scalar(value) { scalars.append(scalar) }
    }
    let text = String(scalars)
    let escaped = MarkupEscaping.escape(text)
    let document = "<d a=\"\(escaped)\">\(escaped)</d>"
    let parser = XMLParser(data: Data(document.utf8))
    #expect(parser.parse(), "\(parser.parserError.map { "\($0)" } ?? "")")
    #expect(!escaped.unicodeScalars.contains { MarkupEscaping.isUnrepresentable($0) })
  }

  /// The fast path (nothing to escape) answers as the scalar-by-scalar path does.
  @Test(arguments: ["", "abc", "£5 and ✓", "\u{EFFF}", "\u{F000}x", "\u{FFFD}", "a\tb"])
  func fastPathAgreesWithTheSlowPath(input: String) {
    var slow = ""
    for scalar in input.unicodeScalars { MarkupEscaping.append(scalar, to: &slow) }
    #expect(MarkupEscaping.escape(input) == slow)
  }
}
