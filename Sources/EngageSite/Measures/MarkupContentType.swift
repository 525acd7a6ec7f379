import EngageLanguage
import Mustache

/// Mustache's escaping of `{{value}}` in the HTML report and the site's pages: `MarkupEscaping`,
/// so that the pages escape exactly as the maps and the trend charts do, with the text's
/// bidirectional controls isolated (`BidiIsolation`). The templates select it with the
/// `{{% CONTENT_TYPE: ENGAGEMAP_HTML}}` pragma.
struct MarkupContentType: MustacheContentType {
  static let name = "ENGAGEMAP_HTML"

  func escapeText(_ text: String) -> String { BidiIsolation.isolate(MarkupEscaping.escape(text)) }

  /// Makes the content type known to Mustache's parser (idempotent).
  static func register() { MustacheContentTypes.register(MarkupContentType(), named: name) }
}
