/// Text bound for a terminal, with the characters that act on a terminal instead of showing on it
/// written as visible escapes: `ESC` becomes `\u{1B}`, a right-to-left override `\u{202E}`.
///
/// Text from a model or a data file (titles, ids, values, notes) reaches the terminal through
/// diagnostics and reports; escaped, it can neither move the cursor, change colours, ring the
/// bell, start a new line that looks like a diagnostic, nor reorder the line it is printed on.
/// A tab is kept (the caret line copies it); line breaks are kept only when asked.
public enum TerminalText {
  /// `text` with every character `isEscaped` accepts written as `\u{XX}` (hexadecimal, upper
  /// case); with `keepingLineBreaks`, `\n` and `\r\n` stay line breaks.
  public static func escaped(_ text: String, keepingLineBreaks: Bool = false) -> String {
    guard text.utf8.contains(where: mayNeedEscape) else { return text }
    var result = ""
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      if keepingLineBreaks {
        if scalar == "\n" {
          result.append("\n")
          continue
        }
        if scalar == "\r", pending == "\n" {
          result.append("\n")
          pending = scalars.next()
          continue
        }
      }
      if isEscaped(scalar) {
        result += escape(scalar)
      } else {
        result.unicodeScalars.append(scalar)
      }
    }
    return result
  }

  /// Whether a character is written as an escape: C0 controls except tab (line feed and carriage
  /// return included), DEL, the C1 controls U+0080–U+009F, the line and paragraph separators
  /// U+2028 and U+2029, and the bidirectional controls (U+061C, U+200E, U+200F, U+202A–U+202E,
  /// U+2066–U+2069).
  public static func isEscaped(_ scalar: Unicode.Scalar) -> Bool {
    switch scalar.value {
    case 0x09: false
    case 0x00...0x1F, 0x7F...0x9F: true
    case 0x061C, 0x200E, 0x200F, 0x2028...0x202E, 0x2066...0x2069: true
    default: false
    }
  }

  /// `\u{1B}`: the scalar's code point in hexadecimal, as Swift writes it.
  public static func escape(_ scalar: Unicode.Scalar) -> String {
    "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
  }

  /// Whether a UTF-8 byte may belong to an escaped character: a C0 control other than tab, DEL,
  /// or the lead byte of U+0080–U+009F (0xC2), of U+061C (0xD8) or of U+2000–U+2FFF (0xE2).
  static func mayNeedEscape(_ byte: UInt8) -> Bool {
    (byte < 0x20 && byte != 0x09) || byte == 0x7F || byte == 0xC2 || byte == 0xD8 || byte == 0xE2
  }
}
