import EngageLanguage
import EngageMeasures
import EngageModel

/// `process/<id>.html`: everything about one process, and the same body on `print.html`.
enum ProcessPage {
  static func make(_ process: Process, site: SiteModel) -> SitePage {
    let path = SitePath.process(process.id)
    let rows = PageRows(site: site, links: PageLinks(page: path))
    return SitePage(
      path: path, title: process.title, section: .processes, template: "process",
      context: body(process, rows: rows, anchorPrefix: "", mapIdPrefix: "map-"))
  }

  /// The context of `processBody` for `process`, its anchors prefixed with `anchorPrefix` and
  /// its map's ids with `mapIdPrefix`.
  static func body(_ process: Process, rows: PageRows, anchorPrefix: String, mapIdPrefix: String) -> [String: Any] {
    let site = rows.site
    let links = rows.links
    func stepHref(_ id: String) -> String { "#" + anchorPrefix + Anchor.step(id) }
    func nodeTitle(_ id: String) -> String { process.node(id)?.title ?? id }

    var context: [String: Any] = [
      "title": process.title, "id": process.id, "anchorPrefix": anchorPrefix,
      "kind": TemplateValue.maybe(process.kind?.rawValue), "megaprocess": rows.megaprocessLink(process.megaprocess),
      "owner": rows.roleLink(process.owner), "engagement": TemplateValue.maybe(process.engagement?.rawValue),
      "hasTags": !process.tags.isEmpty, "tags": process.tags.map(\.rawValue),
      "status": TemplateValue.status(site.snapshot?.processes[process.id], period: site.snapshot?.period),
      "purpose": TemplateValue.maybe(process.purpose), "description": TemplateValue.maybe(process.description),
      "map": rows.map(
        "process/" + process.id, label: "Process map of " + process.title,
        caption: "Swimlanes by role. Select a hand-over or an input's supplier to open that process.",
        idPrefix: mapIdPrefix),
      "withData": site.withData, "showPlace": false,
    ]

    let steps: [[String: Any]] = flowOrder(process).map { position in
      let node = process.nodes[position]
      let performers: [[String: Any]] = node.performers.map { performer in
        let role = site.role(performer.role)
        return [
          "href": links.role(performer.role), "title": role?.title ?? performer.role,
          "count": TemplateValue.maybe(performer.count > 1 ? String(performer.count) : nil),
          "patientSide": role?.kind?.isPatientSide ?? false,
        ]
      }
      return [
        "anchor": anchorPrefix + Anchor.step(node.id), "id": node.id, "title": node.title,
        "description": TemplateValue.maybe(node.description), "kind": node.kind.rawValue,
        "hasPerformers": !performers.isEmpty, "performers": performers,
        "engagement": engagement(of: node, in: process, site: site),
        "duration": TemplateValue.maybe(node.duration.map(MeasureText.duration)),
        "hasTags": !node.tags.isEmpty, "tags": node.tags.map(\.rawValue),
      ]
    }
    context["hasSteps"] = !steps.isEmpty
    context["steps"] = steps

    func exit(_ flow: Flow) -> [String: Any] {
      switch flow.to {
      case .node(let target):
        return ["label": TemplateValue.maybe(flow.label), "href": stepHref(target), "title": nodeTitle(target), "handover": false]
      case .process(let target):
        return [
          "label": TemplateValue.maybe(flow.label),
          "href": site.process(target) != nil ? links.process(target) : links.href(SitePath.processes),
          "title": site.process(target)?.title ?? target, "handover": true,
        ]
      }
    }
    let decisions: [[String: Any]] = process.nodes.filter { $0.kind == .decision }.map { node in
      let exits = process.flows.filter { $0.from == node.id }.map(exit)
      let deciders = node.performers.map { site.role($0.role)?.title ?? $0.role }.joined(separator: ", ")
      return [
        "href": stepHref(node.id), "title": node.title, "deciders": TemplateValue.maybe(deciders.isEmpty ? nil : deciders),
        "hasExits": !exits.isEmpty, "exits": exits,
      ]
    }
    context["hasDecisions"] = !decisions.isEmpty
    context["decisions"] = decisions

    let handovers: [[String: Any]] = process.flows.compactMap { flow in
      guard case .process(let target) = flow.to else { return nil }
      return [
        "fromHref": stepHref(flow.from), "fromTitle": nodeTitle(flow.from), "label": TemplateValue.maybe(flow.label),
        "href": site.process(target) != nil ? links.process(target) : links.href(SitePath.processes),
        "title": site.process(target)?.title ?? target,
      ]
    }
    context["hasHandovers"] = !handovers.isEmpty
    context["handovers"] = handovers

    let inputs: [[String: Any]] = process.inputs.map { input in
      [
        "anchor": anchorPrefix + Anchor.input(input.id), "id": input.id, "title": input.title,
        "description": TemplateValue.maybe(input.description),
        "supplier": supplier(of: input, rows: rows), "relation": relation(covering: input, of: process, rows: rows),
      ]
    }
    context["hasInputs"] = !inputs.isEmpty
    context["inputs"] = inputs

    let outputs: [[String: Any]] = process.outputs.map { output in
      var seen = Set<String>()
      let consumers: [[String: Any]] = site.consumers(of: process.id, output: output.id).compactMap { consumer in
        guard let client = site.process(consumer.process) else { return nil }
        let via =
          consumer.input.map { "input “\($0.title)”" } ?? consumer.relation.map { "relation “\($0.title)”" } ?? ""
        guard seen.insert(consumer.process + "|" + via).inserted else { return nil }
        return ["href": links.process(client.id), "title": client.title, "via": via]
      }
      return [
        "anchor": anchorPrefix + Anchor.output(output.id), "id": output.id, "title": output.title,
        "description": TemplateValue.maybe(output.description), "client": rows.clientLink(output.client),
        "hasConsumers": !consumers.isEmpty, "consumers": consumers,
      ]
    }
    context["hasOutputs"] = !outputs.isEmpty
    context["outputs"] = outputs

    let measures = process.measures.compactMap(site.measure).map { rows.measureRow($0, anchorPrefix: anchorPrefix) }
    context["hasMeasures"] = !measures.isEmpty
    context["measureRows"] = measures

    let relations: [[String: Any]] = site.relations(of: process.id).map { relation in
      let supplies = relation.supplierProcess == process.id
      let consumes = relation.client == process.id
      let part = supplies && consumes ? "supplier and client" : (supplies ? "supplier" : "client")
      let other = supplies && !consumes ? relation.client : (consumes && !supplies ? relation.supplierProcess : nil)
      return [
        "href": links.relation(relation.id), "title": relation.title, "part": part,
        "other": other.map(rows.processLink) ?? Absent(), "product": relation.product ?? "—",
      ]
    }
    context["hasRelations"] = !relations.isEmpty
    context["relations"] = relations

    let diagnostics = site.diagnostics(ofProcess: process.id).enumerated().map { number, diagnostic in
      rows.diagnosticItem(diagnostic, anchor: anchorPrefix + "diagnostic-\(number + 1)", showingProcess: false)
    }
    context["hasDiagnostics"] = !diagnostics.isEmpty
    context["diagnosticItems"] = diagnostics
    return context
  }

  /// A step's engagement: its own level, else, when patients, families or partners take part,
  /// the process's level (marked as inherited).
  static func engagement(of node: Node, in process: Process, site: SiteModel) -> Any {
    if let level = node.engagement { return ["level": level.rawValue, "inherited": false] }
    let patientSide = node.performers.contains { site.role($0.role)?.kind?.isPatientSide ?? false }
    guard patientSide, let level = process.engagement else { return Absent() }
    return ["level": level.rawValue, "inherited": true]
  }

  /// `{href, title, detail}` of where an input comes from, or `Absent` when it names no supplier.
  static func supplier(of input: Input, rows: PageRows) -> Any {
    switch input.supplier {
    case .output(let processId, let outputId)?:
      guard let supplier = rows.site.process(processId) else { return Absent() }
      let output = supplier.outputs.first { $0.id == outputId }
      return [
        "href": rows.links.process(processId, anchor: output.map { Anchor.output($0.id) }), "title": supplier.title,
        "detail": TemplateValue.maybe("its output “\(output?.title ?? outputId)”"),
      ]
    case .client(let clientId)?:
      guard let client = rows.site.client(clientId) else { return Absent() }
      return [
        "href": rows.links.client(clientId), "title": client.title,
        "detail": TemplateValue.maybe("\(client.kind.rawValue) client"),
      ]
    case nil:
      return Absent()
    }
  }

  /// The relation that covers an input taken from another process's output, if one is declared.
  static func relation(covering input: Input, of process: Process, rows: PageRows) -> Any {
    guard case .output(let supplier, let output)? = input.supplier else { return Absent() }
    let relation = rows.site.relations(of: process.id).first { relation in
      relation.client == process.id && relation.supplierProcess == supplier
        && (relation.supplierOutput == nil || relation.supplierOutput == output)
    }
    return relation.map { TemplateValue.link(rows.links.relation($0.id), $0.title) } ?? Absent()
  }

  /// The nodes in flow order: breadth-first from the start events along the flows (in source
  /// order), then the nodes no flow reaches (in source order); end events last.
  static func flowOrder(_ process: Process) -> [Int] {
    let map = ProcessMap(process)
    var seen = [Bool](repeating: false, count: process.nodes.count)
    var queue: [Int] = []
    for start in map.starts where !seen[start] {
      seen[start] = true
      queue.append(start)
    }
    var head = 0
    while head < queue.count {
      let node = queue[head]
      head += 1
      for next in map.successors(of: node) where !seen[next] {
        seen[next] = true
        queue.append(next)
      }
    }
    let ordered = queue + process.nodes.indices.filter { !seen[$0] }
    return ordered.filter { process.nodes[$0].kind != .end } + ordered.filter { process.nodes[$0].kind == .end }
  }
}
