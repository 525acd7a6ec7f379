import EngageLanguage

/// `diagnostics.html`: every diagnostic of `check` (severity, `file:line:col`, code linked to
/// its explanation, message, the source line with a caret), then the measure data file's; and
/// the home page of a model with errors, which shows them and nothing else.
enum DiagnosticsPage {
  /// The page; `site` (absent for a model with errors) names the process each diagnostic lies in.
  static func make(diagnostics: [Diagnostic], dataDiagnostics: [Diagnostic], site: SiteModel?) -> SitePage {
    let links = PageLinks(page: SitePath.diagnostics)
    func items(_ diagnostics: [Diagnostic], anchor: String) -> [[String: Any]] {
      diagnostics.enumerated().map { number, diagnostic in
        PageRows.diagnosticItem(
          diagnostic, anchor: "\(anchor)-\(number + 1)", links: links, locatedIn: site?.process(locating: diagnostic))
      }
    }
    var context: [String: Any] = [
      "summary": PageRows.summary(of: diagnostics), "hasDiagnostics": !diagnostics.isEmpty,
      "diagnosticItems": items(diagnostics, anchor: "diagnostic"),
    ]
    if dataDiagnostics.isEmpty {
      context["dataSection"] = Absent()
    } else {
      context["dataSection"] = [
        "summary": "The data file has " + PageRows.summary(of: dataDiagnostics)
          + ": rows with an error were not used, the other rows were evaluated.",
        "diagnosticItems": items(dataDiagnostics, anchor: "data-diagnostic"),
      ]
    }
    return SitePage(
      path: SitePath.diagnostics, title: "Diagnostics", section: .diagnostics, template: "diagnostics", context: context)
  }

  /// The home page of a model with errors.
  static func errorHome(title: String, diagnostics: [Diagnostic]) -> SitePage {
    let links = PageLinks(page: SitePath.home)
    let items = diagnostics.enumerated().map { number, diagnostic in
      PageRows.diagnosticItem(diagnostic, anchor: "diagnostic-\(number + 1)", links: links, locatedIn: nil)
    }
    return SitePage(
      path: SitePath.home, title: "Home", section: .home, template: "errorHome",
      context: ["title": title, "summary": PageRows.summary(of: diagnostics), "diagnosticItems": items])
  }
}
