import EngageModel
import EngageViews

/// `relations.html`: the relations map, every declared relation (supplier → client, product,
/// requirements, measures with their status), the inputs taken from another process without a
/// relation, and the inputs without a supplier.
enum RelationsPage {
  static func make(_ site: SiteModel) -> SitePage {
    let rows = PageRows(site: site, links: PageLinks(page: SitePath.relations))
    let graph = site.graph
    let relations: [[String: Any]] = graph.relations.map { relation in
      let output = relation.supplierProcess.flatMap(site.process).flatMap { supplier in
        supplier.outputs.first { $0.id == relation.supplierOutput }?.title
      }
      let measures: [[String: Any]] = relation.measures.compactMap(site.measure).map { measure in
        [
          "href": rows.measureHref(measure), "title": measure.title,
          "status": site.withData ? TemplateValue.status(site.snapshot?.measures[measure.id] ?? .noData) : Absent(),
        ]
      }
      return [
        "anchor": Anchor.relation(relation.id), "id": relation.id, "title": relation.title,
        "description": TemplateValue.maybe(relation.description),
        "supplier": relation.supplierProcess.map(rows.processLink) ?? Absent(),
        "output": TemplateValue.maybe(output ?? relation.supplierOutput),
        "client": relation.client.map(rows.processLink) ?? Absent(),
        "product": TemplateValue.maybe(relation.product), "hasRequirements": !relation.requirements.isEmpty,
        "requirements": relation.requirements, "hasMeasures": !measures.isEmpty, "measures": measures,
      ]
    }
    var undeclared: [[String: Any]] = []
    for link in RelationsView.inputsWithoutRelation(graph) {
      guard let supplier = site.process(link.supplier), let client = site.process(link.client) else { continue }
      let input = client.inputs.first { $0.supplier == .output(process: link.supplier, output: link.output) }
      undeclared.append([
        "supplierHref": rows.links.process(supplier.id), "supplierTitle": supplier.title,
        "output": supplier.outputs.first { $0.id == link.output }?.title ?? link.output,
        "clientHref": rows.links.process(client.id, anchor: input.map { Anchor.input($0.id) }),
        "clientTitle": client.title, "input": input?.title ?? "—",
      ])
    }
    var unmet: [[String: Any]] = []
    for process in graph.processes {
      for input in process.inputs where input.supplier == nil {
        unmet.append([
          "href": rows.links.process(process.id, anchor: Anchor.input(input.id)), "input": input.title,
          "processHref": rows.links.process(process.id), "process": process.title,
        ])
      }
    }
    let summary =
      TemplateValue.counted(relations.count, "relation") + "; "
      + TemplateValue.counted(undeclared.count, "input") + " taken from another process without one; "
      + TemplateValue.counted(unmet.count, "input") + " without a supplier."
    let context: [String: Any] = [
      "summary": summary,
      "map": rows.map(
        "relations", label: "Relations map",
        caption: "Supplier → client processes: relations solid, inputs without a relation dashed, unmet inputs highlighted."),
      "hasRelations": !relations.isEmpty, "relations": relations,
      "hasUndeclared": !undeclared.isEmpty, "undeclared": undeclared, "hasUnmet": !unmet.isEmpty, "unmet": unmet,
    ]
    return SitePage(path: SitePath.relations, title: "Relations", section: .relations, template: "relations", context: context)
  }
}
