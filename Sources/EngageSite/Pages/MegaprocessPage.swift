import EngageLanguage
import EngageModel
import EngageViews

/// `megaprocess/<id>.html`: a mega-process with its map, client, goals, level, processes and
/// outcome measures; and, when the landscape is collapsed, the page of each band's processes
/// outside any mega-process (`megaprocess/toplevel-<band>.html`).
enum MegaprocessPage {
  static func make(_ megaprocess: Megaprocess, site: SiteModel) -> SitePage {
    let path = SitePath.megaprocess(megaprocess.id)
    let rows = PageRows(site: site, links: PageLinks(page: path))
    let goals = rows.goalLinks(megaprocess.goals)
    let processes = megaprocess.processes.compactMap(site.process)
    let measures = megaprocess.measures.compactMap(site.measure).map { rows.measureRow($0) }
    let diagnostics = site.diagnostics(ofMegaprocess: megaprocess.id).enumerated().map { number, diagnostic in
      rows.diagnosticItem(diagnostic, anchor: "diagnostic-\(number + 1)", showingProcess: true)
    }
    let context: [String: Any] = [
      "title": megaprocess.title, "id": megaprocess.id, "description": TemplateValue.maybe(megaprocess.description),
      "client": rows.clientLink(megaprocess.client), "hasGoals": !goals.isEmpty, "goals": goals,
      "level": megaprocess.level.map { TemplateValue.word($0.rawValue) } ?? "—",
      "processCount": String(processes.count),
      "status": TemplateValue.status(site.snapshot?.megaprocesses[megaprocess.id], period: site.snapshot?.period),
      "map": rows.map(
        "megaprocess/" + megaprocess.id, label: "Map of " + megaprocess.title,
        caption: "Its processes, the internal-market links among them, and the processes elsewhere it trades with."),
      "hasProcesses": !processes.isEmpty, "processRows": processes.map(rows.processRow),
      "hasMeasures": !measures.isEmpty, "measureRows": measures, "showPlace": false, "withData": site.withData,
      "hasDiagnostics": !diagnostics.isEmpty, "diagnosticItems": diagnostics,
    ]
    return SitePage(path: path, title: megaprocess.title, section: .processes, template: "megaprocess", context: context)
  }

  /// The page of the processes of `band` outside any mega-process, when the landscape links to
  /// it (collapsed); `nil` when there are none.
  static func band(_ band: ProcessKind, site: SiteModel) -> SitePage? {
    let document = "megaprocess/" + MegaprocessMapView.looseId(band)
    let processes = site.topLevelProcesses.filter { ($0.kind ?? .main) == band }
    guard site.maps[document] != nil, !processes.isEmpty else { return nil }
    let path = SitePath.page(ofDocument: document)
    let rows = PageRows(site: site, links: PageLinks(page: path))
    let title = "Other \(band.rawValue) processes"
    let context: [String: Any] = [
      "title": title,
      "map": rows.map(document, label: title, caption: "Processes outside any mega-process, and those they trade with."),
      "processRows": processes.map(rows.processRow), "withData": site.withData,
    ]
    return SitePage(path: path, title: title, section: .processes, template: "band", context: context)
  }
}
