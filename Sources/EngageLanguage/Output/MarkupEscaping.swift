/// The one escaper for text placed in HTML or XML (SVG, Graphviz HTML-like labels, the HTML
/// report, Markdown table cells), as character data or as a quoted attribute value.
///
/// - `&` `<` `>` become `&amp;` `&lt;` `&gt;`; in an attribute value (the default, safe
///   anywhere) `"` `'` also become `&quot;` `&#39;`.
/// - Tab, line feed and carriage return stay as they are; callers with their own line-break
///   markup (Graphviz's `<BR/>`, a Markdown cell) handle them first.
/// - Characters that XML 1.0 cannot carry or that HTML reads as control-character errors become
///   U+FFFD REPLACEMENT CHARACTER (`�`), so the reader sees that something was there: every
///   other C0 control, DEL, the C1 controls U+0080–U+009F, and the noncharacters (U+FFFE,
///   U+FFFF, U+FDD0–U+FDEF and the last two code points of every plane).
public enum MarkupEscaping {
  /// Where the escaped text goes.
  public enum Context: Sendable, Hashable {
    /// A quoted attribute value, or anywhere: quotes are escaped too.
    case attribute
    /// Character data only (an element's text, a Markdown table cell): quotes stay readable.
    case text
  }

  /// `text` escaped for `context`.
  public static func escape(_ text: String, in context: Context = .attribute) -> String {
    if !text.utf8.contains(where: mayNeedEscape) { return text }
    var output = ""
    output.reserveCapacity(text.utf8.count + 16)
    for scalar in text.unicodeScalars { append(scalar, to: &output, in: context) }
    return output
  }

  /// Appends one scalar, escaped for `context`.
  public static func append(_ scalar: Unicode.Scalar, to output: inout String, in context: Context = .attribute) {
    switch scalar {
    case "&": output += "&amp;"
    case "<": output += "&lt;"
    case ">": output += "&gt;"
    case "\"" where context == .attribute: output += "&quot;"
    case "'" where context == .attribute: output += "&#39;"
    default: output.unicodeScalars.append(isUnrepresentable(scalar) ? replacement : scalar)
    }
  }

  /// What stands in for a character markup cannot carry.
  public static let replacement: Unicode.Scalar = "\u{FFFD}"

  /// Whether a scalar is one markup cannot carry: a control character other than tab, line
  /// feed and carriage return, or a noncharacter.
  public static func isUnrepresentable(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09, 0x0A, 0x0D: false
    case 0..<0x20, 0x7F...0x9F: true
    case 0xFDD0...0xFDEF: true
    default: scalar.value & 0xFFFE == 0xFFFE
    }
  }

  /// Whether a UTF-8 byte may belong to a character `escape` changes: `& < > " '`, a C0
  /// control, DEL, 0xC2 (lead byte of U+0080–U+00BF, the C1 controls among them), 0xEF (lead
  /// byte of U+F000–U+FFFF) or a lead byte of the supplementary planes (whose last two code
  /// points are noncharacters). Text without such a byte is returned as it is.
  public static func mayNeedEscape(_ byte: UInt8) -> Bool {
    switch byte {
    case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), UInt8(ascii: "\""), UInt8(ascii: "'"), 0x7F, 0xC2, 0xEF:
      true
    default: byte < 0x20 || byte >= 0xF0
    }
  }
}
