import EngageLanguage

/// The banner a preview server puts on every page it still serves while the model has errors
/// (or its data cannot be read): the latest diagnostics, each with `file:line:col`, severity,
/// code and message, as literal text. Links are root-relative: only a server shows it.
public enum PreviewBanner {
  /// The banner's markup; `failure` is a message without a diagnostic (unreadable data).
  /// `aboutData`: the errors are the measure data file's rows, and the pages are current.
  public static func html(diagnostics: [Diagnostic], failure: String?, keepsLastGoodSite: Bool, aboutData: Bool = false) -> String {
    let errors = diagnostics.filter { $0.severity == .error }
    var html = #"<div class="error-banner" role="alert" id="engagemap-preview-diagnostics">"#
    if aboutData {
      html += "<strong>The measure data has \(PageRows.summary(of: errors)).</strong> "
      html += "Those rows were not used; the pages show the other rows."
    } else {
      let summary = errors.isEmpty ? "The model cannot be shown." : "The model has \(PageRows.summary(of: errors))."
      html += "<strong>" + summary + "</strong> "
      html += keepsLastGoodSite
        ? "The maps and pages below are the last ones without errors; they update when the model is fixed."
        : "Nothing can be shown until the model is fixed."
    }
    html += "<ul class=\"plain\">"
    if let failure { html += "<li>" + text(failure) + "</li>" }
    for diagnostic in errors {
      let location = diagnostic.range.map { "\($0): " } ?? ""
      html += "<li><code>" + text(location) + "</code>" + text(diagnostic.severity.rawValue) + ": "
        + text(diagnostic.message) + " [<a href=\"/rules.html#" + MarkupEscaping.escape(diagnostic.code.rawValue) + "\">"
        + text(diagnostic.code.rawValue) + "</a>]</li>"
    }
    html += "</ul></div>"
    return html
  }

  private static func text(_ text: String) -> String {
    BidiIsolation.isolate(MarkupEscaping.escape(text, in: .text))
  }
}
