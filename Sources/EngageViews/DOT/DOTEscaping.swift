import EngageLanguage

/// Escaping for the two kinds of DOT text EngageMap writes.
///
/// - Labels are HTML-like (`label=<...>`): user text goes through `HTMLText.escape`, which
///   escapes it with `MarkupEscaping` and turns newlines into `<BR/>`.
/// - Every other value (ids, tooltips, URLs, colours) is a quoted string: `\` becomes `\\`,
///   `"` becomes `\"`, a newline becomes `\n`; other control characters become spaces.
/// - Graphviz reads tooltips, URLs and ids as escString and unescapes them twice (it also
///   expands `\N`, `\G`, ...), so there a backslash is doubled once more before quoting.
public enum DOTEscaping {
  /// Attributes Graphviz treats as escString.
  public static let escStringAttributes: Set<String> = [
    "tooltip", "URL", "href", "id", "edgetooltip", "edgeURL", "headURL", "tailURL", "labeltooltip", "labelURL",
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
        if isControl(scalar) { out += " " } else { out.unicodeScalars.append(scalar) }
      }
    }
    return out + "\""
  }

  /// An attribute value as DOT text.
  public static func value(_ value: DOTValue, attribute: String = "") -> String {
    switch value {
    case .text(let text):
      escStringAttributes.contains(attribute) && text.utf8.contains(UInt8(ascii: "\\"))
        ? quoted(text.split(separator: "\\", omittingEmptySubsequences: false).joined(separator: "\\\\")) : quoted(text)
    case .html(let markup): "<" + markup + ">"
    }
  }

  /// Whether a UTF-8 byte may need `quoted`'s per-scalar pass: `\\`, `"`, C0 controls, DEL,
  /// and 0xC2 (the lead byte of the C1 controls U+0080–U+009F).
  static func needsQuotedEscape(_ byte: UInt8) -> Bool {
    byte < 0x20 || byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "\"") || byte == 0x7F || byte == 0xC2
  }

  /// Control characters are not allowed in XML 1.0 (and so in SVG), except tab and newline.
  static func isControl(_ scalar: Unicode.Scalar) -> Bool {
    (scalar.value < 0x20 && scalar != "\t" && scalar != "\n") || (0x7F...0x9F).contains(scalar.value)
  }
}

/// Escaping and composition of user text inside HTML-like labels.
public enum HTMLText {
  /// `text` escaped by `MarkupEscaping`, with Graphviz's own handling of whitespace on top:
  /// newlines as `<BR/>` (with `breakAlign`), tabs as spaces, carriage returns dropped.
  public static func escape(_ text: String, breakAlign: String? = nil) -> String {
    if !text.utf8.contains(where: MarkupEscaping.mayNeedEscape) { return text }
    let breakMarkup = lineBreak(breakAlign)
    var out = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\n": out += breakMarkup
      case "\r": continue
      case "\t": out += " "
      default: MarkupEscaping.append(scalar, to: &out)
      }
    }
    return out
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
