import EngageLanguage
import EngageModel

/// `assets/search-index.js`: one entry per process, mega-process, step, role, measure, client,
/// goal and relation (kind, title, id, text, context, and the page path from the site's root),
/// in model order, as a script that sets `window.ENGAGEMAP_SEARCH_INDEX`. A script rather than
/// a JSON file so that it loads from `file://`, where `fetch` is refused.
enum SearchIndex {
  static let variable = "window.ENGAGEMAP_SEARCH_INDEX"

  /// The script: the entries as JSON, assigned to `variable`.
  static func script(_ site: SiteModel) -> String {
    var json = JSONValue.array(entries(site)).rendered()
    while json.last == "\n" { json.removeLast() }
    return "\(variable) = " + json + ";\n"
  }

  static func entries(_ site: SiteModel) -> [JSONValue] {
    let graph = site.graph
    // Paths from the root: the links of a page at the root.
    let rows = PageRows(site: site, links: PageLinks(page: SitePath.home))
    var entries: [JSONValue] = []
    func add(_ kind: String, _ title: String, _ id: String, _ text: [String?], context: String?, path: String) {
      entries.append(
        .fields([
          "kind": .string(kind), "title": .string(title), "id": .string(id),
          "text": .string(text.compactMap { $0 }.joined(separator: " ")), "context": context.map(JSONValue.string),
          "path": .string(path),
        ]))
    }
    if let organisation = graph.organisation {
      add("organisation", organisation.title, organisation.id, [organisation.purpose, organisation.description], context: nil, path: SitePath.home)
    }
    for goal in graph.goals {
      add("goal", goal.title, goal.id, [goal.description], context: nil, path: SitePath.home + "#" + Anchor.goal(goal.id))
    }
    for megaprocess in graph.megaprocesses {
      add("mega-process", megaprocess.title, megaprocess.id, [megaprocess.description], context: nil,
        path: SitePath.megaprocess(megaprocess.id))
    }
    for process in graph.processes {
      let home = process.megaprocess.flatMap(site.megaprocess)?.title
      add("process", process.title, process.id, [process.purpose, process.description], context: home,
        path: SitePath.process(process.id))
      for node in process.nodes {
        add(node.kind == .decision ? "decision" : "step", node.title, node.id, [node.description],
          context: process.title, path: SitePath.process(process.id) + "#" + Anchor.step(node.id))
      }
    }
    for role in graph.roles {
      add("role", role.title, role.id, [role.description, role.kind.map { TemplateValue.word($0.rawValue) }],
        context: nil, path: SitePath.role(role.id))
    }
    for measure in graph.measures {
      let place = rows.place(of: measure) as? [String: Any]
      add("measure", measure.title, measure.id, [measure.description, measure.source], context: place?["title"] as? String,
        path: rows.measureHref(measure))
    }
    for client in graph.clients {
      add("client", client.title, client.id, [client.description], context: nil,
        path: SitePath.clients + "#" + Anchor.client(client.id))
    }
    for relation in graph.relations {
      add("relation", relation.title, relation.id, [relation.description, relation.product] + relation.requirements,
        context: nil, path: SitePath.relations + "#" + Anchor.relation(relation.id))
    }
    return entries
  }
}
