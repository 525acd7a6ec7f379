import EngageLanguage
import EngageWorkspace

/// What every page of one site shares around its content: the site's title, the navigation
/// (with the diagnostics counts), the footer, and the optional snippet before `</body>`.
struct Chrome {
  let siteTitle: String
  let modelName: String
  /// The data file's name and the evaluated period, with data.
  let dataLine: (file: String, period: String)?
  let diagnostics: [Diagnostic]
  /// False for the site of a model with errors: only Home and Diagnostics, no search.
  let showsModel: Bool
  let snippet: String?

  /// The page, rendered and wrapped in the layout.
  func file(_ page: SitePage) throws(SiteTemplateError) -> OutputFile {
    let content = try SiteTemplates.render(page.template, page.context)
    let sections = showsModel ? NavigationSection.allCases : [.home, .diagnostics]
    let errors = diagnostics.count { $0.severity == .error }
    let navigation: [[String: Any]] = sections.map { section in
      [
        "path": section.path, "label": section.label, "current": section == page.section,
        "count": section == .diagnostics
          ? ["text": diagnostics.isEmpty ? "none" : PageRows.summary(of: diagnostics), "hasErrors": errors > 0]
            as [String: Any] : Absent(),
      ]
    }
    var footerLinks: [[String: String]] = []
    if showsModel {
      footerLinks = [
        ["path": SitePath.clients, "label": "Clients"], ["path": SitePath.rules, "label": "Rules"],
        ["path": SitePath.print, "label": "Print every process"], ["path": SitePath.search, "label": "Search"],
      ]
    } else {
      footerLinks = [["path": SitePath.rules, "label": "Rules"]]
    }
    let context: [String: Any] = [
      "pageTitle": page.title, "siteTitle": siteTitle, "root": SitePath.root(of: page.path),
      "pageClass": page.template, "nav": navigation, "hasSearch": showsModel,
      "errorBanner": showsModel ? Absent() : ["summary": "The model has " + PageRows.summary(of: diagnostics) + "."],
      "content": content, "modelName": modelName,
      "dataLine": dataLine.map { ["file": $0.file, "period": $0.period] } ?? Absent(),
      "footerLinks": footerLinks, "snippet": snippet ?? "",
    ]
    return OutputFile(path: page.path, text: try SiteTemplates.render("layout", context))
  }
}
