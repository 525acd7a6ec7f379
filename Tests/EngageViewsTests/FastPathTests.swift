import Testing

@testable import EngageViews

/// The fast paths for plain text (ASCII wrapping, escaping with nothing to escape) give exactly
/// what the general, per-character paths give.
@Suite struct FastPathTests {
  static let asciiTexts = [
    "", " ", "one", "Shared care planning", "  leading and trailing  ", "a  b   c",
    "Collect measures, survey results and project reports for the annual review",
    "averyveryveryverylongwordthatmustbesplitacrosslines and then some",
    "line one\nline two\n\n", "\n", "exactly twenty-four chr", "exactly twenty-four char",
    "x yyyyyyyyyyyyyyyyyyyyyyyy z", "tab\there", "a\u{7F}b",
  ]

  @Test(arguments: asciiTexts, [4, 10, 24, 30])
  func asciiWrappingMatchesCharacterWrapping(text: String, width: Int) {
    #expect(TextWrapping.asciiLines(text, limit: width) == TextWrapping.characterLines(text, limit: width))
    #expect(TextWrapping.lines(text, width: width) == TextWrapping.characterLines(text, limit: width))
  }

  @Test(arguments: ["cr\r\nlf", "e\u{301}\u{301} words", " \u{301}combining after a space"])
  func textWithCarriageReturnsOrNonASCIIKeepsCharacterWrapping(text: String) {
    #expect(TextWrapping.lines(text, width: 4) == TextWrapping.characterLines(text, limit: 4))
  }

  @Test(arguments: [
    ("plain title", "plain title"),
    ("café £5 中文", "café £5 中文"),
    ("a & b", "a &amp; b"),
    ("x\u{85}y", "x\u{FFFD}y"),
    ("\u{F8FF} private use, \u{FFFD} kept", "\u{F8FF} private use, \u{FFFD} kept"),
    ("tab\there", "tab here"),
  ])
  func htmlEscapeWithAndWithoutWorkToDo(text: String, escaped: String) {
    #expect(HTMLText.escape(text) == escaped)
  }

  @Test(arguments: [
    ("plain", "\"plain\""),
    ("£5 and ✓", "\"£5 and ✓\""),
    ("C1\u{85}control", "\"C1 control\""),
    ("del\u{7F}", "\"del \""),
  ])
  func quotedWithAndWithoutWorkToDo(text: String, quoted: String) {
    #expect(DOTEscaping.quoted(text) == quoted)
  }

  @Test func escStringValueDoublesBackslashesOnlyWhenThereAreAny() {
    #expect(DOTEscaping.value(.text("a\\b"), attribute: "tooltip") == "\"a\\\\\\\\b\"")
    #expect(DOTEscaping.value(.text("plain"), attribute: "tooltip") == "\"plain\"")
  }
}
