import EngageModel

/// `index.html`: the organisation's purpose and goals, the landscape (mega-processes and
/// processes link to their pages), the mega-processes, and the processes outside them.
enum HomePage {
  static func make(_ site: SiteModel) -> SitePage {
    let rows = PageRows(site: site, links: PageLinks(page: SitePath.home))
    let graph = site.graph
    let title = graph.organisation?.title ?? site.modelName
    var context: [String: Any] = [
      "title": title, "purpose": TemplateValue.maybe(graph.organisation?.purpose),
      "description": TemplateValue.maybe(graph.organisation?.description), "withData": site.withData,
      "landscapeHint": site.collapsed
        ? "Each mega-process is summarised on the map: select one to open its page and map, or use the tables below."
        : "Select a mega-process (its frame) or a process on the map to open its page.",
      "map": rows.map(
        "landscape", label: "Process landscape of " + title,
        caption: "Management, main and support processes, grouped by mega-process; clients on the right."),
    ]
    if let report = site.report, let status = report.organisation.status {
      context["overall"] = [
        "period": report.period.description, "label": status.labelWithSymbol, "statusClass": StatusClass.name(status),
      ]
    } else {
      context["overall"] = Absent()
    }
    let goals: [[String: Any]] = graph.goals.map { goal in
      let servers = graph.megaprocesses.filter { $0.goals.contains(goal.id) }.map {
        TemplateValue.link(rows.links.megaprocess($0.id), $0.title)
      }
      return [
        "anchor": Anchor.goal(goal.id), "title": goal.title, "description": TemplateValue.maybe(goal.description),
        "status": TemplateValue.status(site.snapshot?.goals[goal.id]), "hasServers": !servers.isEmpty,
        "servers": servers,
      ]
    }
    context["hasGoals"] = !goals.isEmpty
    context["goals"] = goals
    let megaprocesses: [[String: Any]] = graph.megaprocesses.map { megaprocess in
      let goals = rows.goalLinks(megaprocess.goals)
      return [
        "href": rows.links.megaprocess(megaprocess.id), "title": megaprocess.title,
        "description": TemplateValue.maybe(megaprocess.description), "client": rows.clientLink(megaprocess.client),
        "level": megaprocess.level.map { TemplateValue.word($0.rawValue) } ?? "—", "hasGoals": !goals.isEmpty,
        "goals": goals, "processCount": String(megaprocess.processes.count),
        "status": TemplateValue.status(site.snapshot?.megaprocesses[megaprocess.id]),
      ]
    }
    context["hasMegaprocesses"] = !megaprocesses.isEmpty
    context["megaprocesses"] = megaprocesses
    let topLevel = site.topLevelProcesses
    context["hasTopLevel"] = !topLevel.isEmpty
    context["topLevel"] = ["processRows": topLevel.map(rows.processRow)]
    return SitePage(path: SitePath.home, title: "Home", section: .home, template: "home", context: context)
  }
}
