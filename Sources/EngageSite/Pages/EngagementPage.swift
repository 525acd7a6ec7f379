import EngageLanguage
import EngageModel
import EngageViews

/// `engagement.html`: the engagement view's map and the same matrix as an accessible table
/// (header cells with scopes, levels spelled out for screen readers).
enum EngagementPage {
  static func make(_ site: SiteModel) -> SitePage {
    let rows = PageRows(site: site, links: PageLinks(page: SitePath.engagement))
    let graph = site.graph
    let roles = graph.roles
    func cell(_ level: EngagementLevel?, takesPart: Bool) -> [String: Any] {
      [
        "level": TemplateValue.maybe(level?.rawValue), "takesPart": takesPart,
        "abbreviation": level.map(EngagementView.abbreviation) ?? "",
      ]
    }
    func row(_ process: Process) -> [String: Any] {
      let levels = EngagementView.levelsByRole(process)
      var cells = [cell(process.engagement, takesPart: process.engagement != nil)]
      for role in roles {
        let level = levels[role.id]
        cells.append(cell(level ?? nil, takesPart: level != nil))
      }
      return ["href": rows.links.process(process.id), "title": process.title, "cells": cells]
    }
    var groups: [[String: Any]] = graph.megaprocesses.map { megaprocess in
      [
        "href": rows.links.megaprocess(megaprocess.id), "title": megaprocess.title,
        "level": TemplateValue.maybe(megaprocess.level.map { TemplateValue.word($0.rawValue) }),
        "columns": String(roles.count + 2), "rows": megaprocess.processes.compactMap(site.process).map(row),
      ]
    }
    let topLevel = site.topLevelProcesses
    if !topLevel.isEmpty {
      groups.append([
        "href": Absent(), "title": "Processes outside a mega-process", "level": Absent(),
        "columns": String(roles.count + 2), "rows": topLevel.map(row),
      ])
    }
    let context: [String: Any] = [
      "map": rows.map(
        "engagement", label: "Engagement matrix",
        caption: "Rows: processes. Columns: roles. Select a process to open its page."),
      "roles": roles.map { TemplateValue.link(rows.links.role($0.id), $0.title) },
      "groups": groups,
    ]
    return SitePage(
      path: SitePath.engagement, title: "Engagement", section: .engagement, template: "engagement", context: context)
  }
}
