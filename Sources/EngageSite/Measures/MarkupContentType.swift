import EngageLanguage
import Mustache

/// Mustache's escaping of `{{value}}` in the HTML report: `MarkupEscaping`, so that the page
/// escapes exactly as the maps and the trend charts do. The template selects it with the
/// `{{% CONTENT_TYPE: ENGAGEMAP_HTML}}` pragma.
struct MarkupContentType: MustacheContentType {
  static let name = "ENGAGEMAP_HTML"

  func escapeText(_ text: String) -> String { MarkupEscaping.escape(text) }

  /// Makes the content type known to Mustache's parser (idempotent).
  static func register() { MustacheContentTypes.register(MarkupContentType(), named: name) }
}
