import EngageLanguage

/// Text from a data file as diagnostics quote it: terminal-safe (`TerminalText` escapes) and
/// cut to `maximumLength` characters, so that a field of a megabyte or one holding escape
/// sequences gives a short, harmless message.
enum DataText {
  /// Quoted text longer than this many characters is cut, and ends in `…`.
  static let maximumLength = 40

  /// `text` escaped for a terminal and cut to `maximumLength` characters.
  static func shown(_ text: String) -> String {
    TerminalText.escaped(text.count > maximumLength ? String(text.prefix(maximumLength)) + "…" : text)
  }
}
