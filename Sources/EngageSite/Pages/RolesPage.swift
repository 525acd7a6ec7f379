import EngageLanguage
import EngageModel

/// `roles.html`, and `role/<id>.html` per role: what the role does here (every step it
/// performs, by process, with the engagement level and duration), the processes and measures it
/// owns.
enum RolesPage {
  static func make(_ site: SiteModel) -> SitePage {
    let rows = PageRows(site: site, links: PageLinks(page: SitePath.roles))
    let roles: [[String: Any]] = site.graph.roles.map { role in
      let steps = site.steps(of: role.id)
      return [
        "href": rows.links.role(role.id), "title": role.title, "id": role.id,
        "description": TemplateValue.maybe(role.description), "kind": kind(role),
        "steps": String(steps.count), "processes": String(Set(steps.map(\.process)).count),
        "owns": String(site.processes(ownedBy: role.id).count), "measures": String(site.measures(ownedBy: role.id).count),
      ]
    }
    return SitePage(
      path: SitePath.roles, title: "Roles", section: .roles, template: "roles",
      context: ["hasRoles": !roles.isEmpty, "roles": roles])
  }

  static func page(_ role: Role, site: SiteModel) -> SitePage {
    let path = SitePath.role(role.id)
    let rows = PageRows(site: site, links: PageLinks(page: path))
    let steps = site.steps(of: role.id)
    var groups: [[String: Any]] = []
    var groupOf: [Int: Int] = [:]
    for step in steps {
      let process = site.graph.processes[step.process]
      let node = process.nodes[step.node]
      let others: [[String: Any]] = node.performers.filter { $0.role != role.id }.map { performer in
        [
          "href": rows.links.role(performer.role), "title": site.role(performer.role)?.title ?? performer.role,
          "count": TemplateValue.maybe(performer.count > 1 ? String(performer.count) : nil),
        ]
      }
      let row: [String: Any] = [
        "href": rows.links.process(process.id, anchor: Anchor.step(node.id)), "title": node.title,
        "count": TemplateValue.maybe(step.count > 1 ? String(step.count) : nil), "kind": node.kind.rawValue,
        "hasOthers": !others.isEmpty, "others": others,
        "engagement": ProcessPage.engagement(of: node, in: process, site: site),
        "duration": TemplateValue.maybe(node.duration.map(MeasureText.duration)),
      ]
      if let group = groupOf[step.process], var existing = groups[group]["steps"] as? [[String: Any]] {
        existing.append(row)
        groups[group]["steps"] = existing
      } else {
        groupOf[step.process] = groups.count
        groups.append([
          "href": rows.links.process(process.id), "title": process.title,
          "megaprocess": TemplateValue.maybe(process.megaprocess.flatMap(site.megaprocess)?.title), "steps": [row],
        ])
      }
    }
    let owned = site.processes(ownedBy: role.id)
    let measures = site.measures(ownedBy: role.id).map { rows.measureRow($0) }
    let summary =
      steps.isEmpty
      ? "no step of any process map"
      : TemplateValue.counted(steps.count, "step") + " in "
        + TemplateValue.counted(groups.count, "process", plural: "processes")
    let context: [String: Any] = [
      "title": role.title, "id": role.id, "description": TemplateValue.maybe(role.description), "kind": kind(role),
      "summary": summary, "hasGroups": !groups.isEmpty, "groups": groups,
      "hasOwned": !owned.isEmpty, "processRows": owned.map(rows.processRow), "withData": site.withData,
      "hasMeasures": !measures.isEmpty, "measureRows": measures, "showPlace": true,
    ]
    return SitePage(path: path, title: role.title, section: .roles, template: "role", context: context)
  }

  /// `{name, label, patientSide}` of a role's kind, or `Absent`.
  private static func kind(_ role: Role) -> Any {
    guard let kind = role.kind else { return Absent() }
    return ["name": kind.rawValue, "label": TemplateValue.word(kind.rawValue), "patientSide": kind.isPatientSide]
  }
}
