import EngageLanguage

/// Prose from the rule catalogue and diagnostics as HTML: escaped by `MarkupEscaping` (with its
/// bidirectional controls isolated), and each `code span` between backticks set as `<code>`.
/// Text with an odd number of backticks is left with its backticks.
enum ProseMarkup {
  static func html(_ text: String) -> String {
    let parts = text.split(separator: "`", omittingEmptySubsequences: false)
    guard parts.count > 1, parts.count % 2 == 1 else { return escaped(text) }
    return parts.enumerated().map { position, part in
      position % 2 == 1 ? "<code>" + escaped(String(part)) + "</code>" : escaped(String(part))
    }.joined()
  }

  private static func escaped(_ text: String) -> String {
    BidiIsolation.isolate(MarkupEscaping.escape(text, in: .text))
  }
}
