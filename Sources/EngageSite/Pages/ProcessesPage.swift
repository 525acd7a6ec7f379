import EngageModel

/// `processes.html`: every process, grouped by mega-process.
enum ProcessesPage {
  static func make(_ site: SiteModel) -> SitePage {
    let rows = PageRows(site: site, links: PageLinks(page: SitePath.processes))
    var groups: [[String: Any]] = site.graph.megaprocesses.map { megaprocess in
      [
        "anchor": "group-" + megaprocess.id, "href": rows.links.megaprocess(megaprocess.id), "title": megaprocess.title,
        "processRows": megaprocess.processes.compactMap(site.process).map(rows.processRow),
      ]
    }
    let topLevel = site.topLevelProcesses
    if !topLevel.isEmpty {
      groups.append([
        "anchor": "top-level", "href": Absent(), "title": "Outside any mega-process",
        "processRows": topLevel.map(rows.processRow),
      ])
    }
    let summary =
      TemplateValue.counted(site.graph.processes.count, "process", plural: "processes") + " in "
      + TemplateValue.counted(site.graph.megaprocesses.count, "mega-process", plural: "mega-processes")
      + (topLevel.isEmpty ? "." : ", \(topLevel.count) outside any.")
    return SitePage(
      path: SitePath.processes, title: "Processes", section: .processes, template: "processes",
      context: ["summary": summary, "groups": groups, "withData": site.withData])
  }
}
