import EngageLanguage

/// Escaping for the kinds of DOT text EngageMap writes.
///
/// Graphviz treats labels, tooltips, URLs and ids as escString: it expands `\N` (node name),
/// `\G` (graph name), `\E`, `\T`, `\H` (edge, tail, head) and `\L`, and turns `\\` into `\`;
/// HTML-like labels included (their text and their `TITLE`, `HREF` and `TOOLTIP` attributes).
/// So wherever user text goes, a backslash is doubled, and `\N` stays `\N` in the drawing.
///
/// - Labels are HTML-like (`label=<...>`): user text goes through `HTMLText.escape`, which
///   escapes it with `MarkupEscaping`, doubles `\` and turns newlines into `<BR/>`.
/// - Every other value (ids, tooltips, URLs, colours) is a quoted string: `\` becomes `\\`,
///   `"` becomes `\"`, a newline becomes `\n`; other control characters become spaces.
/// - Graphviz unescapes tooltips twice (once when it reads them, once more when it writes them),
///   so there a backslash is doubled once more before quoting.
/// - Noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF and the last two code points of every
///   plane) become U+FFFD everywhere: XML, and so SVG, does not allow U+FFFE and U+FFFF, and
///   none of them is text to show.
public enum DOTEscaping {
  /// Attributes whose values Graphviz unescapes twice: a backslash in them is doubled twice.
  public static let tooltipAttributes: Set<String> = [
    "tooltip", "edgetooltip", "headtooltip", "tailtooltip", "labeltooltip",
  ]

  /// `text` as a quoted DOT string.
  public static func quoted(_ text: String) -> String {
    if !text.utf8.contains(where: needsQuotedEscape) { return "\"" + text + "\"" }
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      case "\r": continue
      default:
        if isControl(scalar) {
          out += " "
        } else {
          out.unicodeScalars.append(shown(scalar))
        }
      }
    }
    return out + "\""
  }

  /// An attribute value as DOT text.
  public static func value(_ value: DOTValue, attribute: String = "") -> String {
    switch value {
    case .text(let text):
      tooltipAttributes.contains(attribute) && text.utf8.contains(UInt8(ascii: "\\"))
        ? quoted(text.split(separator: "\\", omittingEmptySubsequences: false).joined(separator: "\\\\")) : quoted(text)
    case .html(let markup): "<" + markup + ">"
    }
  }

  /// Whether a UTF-8 byte may need `quoted`'s per-scalar pass: `\\`, `"`, C0 controls, DEL,
  /// 0xC2 (the lead byte of the C1 controls U+0080–U+009F), and the lead bytes of the
  /// noncharacters (0xEF for U+F000–U+FFFF, 0xF0–0xF4 for the supplementary planes).
  static func needsQuotedEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") || byte == 0x7F || byte == 0xC2
      || mayStartNoncharacter(byte)
  }

  /// Whether a UTF-8 byte is the lead byte of a scalar that may be a noncharacter.
  static func mayStartNoncharacter(_ byte: UInt8) -> Bool {
    byte == 0xEF || byte >= 0xF0
  }

  /// Control characters are not allowed in XML 1.0 (and so in SVG), except tab and newline.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
  }

  /// `scalar`, or U+FFFD for a noncharacter.
  static func shown(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
    scalar.properties.isNoncharacterCodePoint ? "\u{FFFD}" : scalar
  }
}

/// Escaping and composition of user text inside HTML-like labels.
public enum HTMLText {
  /// `text` escaped by `MarkupEscaping`, with Graphviz's own handling on top: `\` doubled
  /// (Graphviz would expand `\N`, `\G`, ...), newlines as `<BR/>` (with `breakAlign`), tabs as
  /// spaces, carriage returns dropped.
  public static func escape(_ text: String, breakAlign: String? = nil) -> String {
    if !text.utf8.contains(where: needsEscape) { return text }
    let breakMarkup = lineBreak(breakAlign)
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": out += breakMarkup
      case "\r": continue
      case "\t": out += " "
      case "\\": out += "\\\\"
      default: MarkupEscaping.append(scalar, to: &out)
      }
    }
    return out
  }

  /// `text` as the value of an attribute of an HTML-like label (`TITLE`, `TOOLTIP`): escaped as
  /// by `escape`, but a newline is `&#10;` (a line break in the tooltip) and another control
  /// character a space, as in a plain tooltip.
  public static func attribute(_ text: String) -> String {
    if !text.utf8.contains(where: needsEscape) { return text }
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": out += "&#10;"
      case "\r": continue
      case "\t": out += " "
      case "\\": out += "\\\\"
      default:
        if DOTEscaping.isControl(scalar) { out += " " } else { MarkupEscaping.append(scalar, to: &out) }
      }
    }
    return out
  }

  /// Whether a UTF-8 byte may need a per-scalar pass: one `MarkupEscaping` may change, or `\`.
  static func needsEscape(_ byte: UInt8) -> Bool {
    MarkupEscaping.mayNeedEscape(byte) || byte == UInt8(ascii: "\\")
  }

  /// `text` wrapped at about `width` characters, each line escaped, joined with `<BR/>`.
  public static func wrapped(_ text: String, width: Int = TextWrapping.defaultWidth, breakAlign: String? = nil) -> String {
    TextWrapping.lines(text, width: width).map { escape($0) }.joined(separator: lineBreak(breakAlign))
  }

  /// A line break, aligned (`LEFT`, `RIGHT`) when `breakAlign` is given.
  static func lineBreak(_ breakAlign: String?) -> String {
    breakAlign.map { "<BR ALIGN=\"\($0)\"/>" } ?? "<BR/>"
  }
}
