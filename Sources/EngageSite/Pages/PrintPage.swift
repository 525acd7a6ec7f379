/// `print.html`: every process, one after another, each starting on a new page when printed.
enum PrintPage {
  static func make(_ site: SiteModel) -> SitePage {
    let rows = PageRows(site: site, links: PageLinks(page: SitePath.print))
    let processes: [[String: Any]] = site.graph.processes.map { process in
      var body = ProcessPage.body(process, rows: rows, anchorPrefix: process.id + ".", mapIdPrefix: "map-\(process.id)-")
      body["printAnchor"] = "print-" + process.id
      return body
    }
    return SitePage(
      path: SitePath.print, title: "Every process, for printing", section: nil, template: "print",
      context: ["title": site.graph.organisation?.title ?? site.modelName, "processes": processes])
  }
}
