import EngageLanguage
import EngageMeasures
import EngageModel

/// The measure tree: organisation → goal → mega-process → process → measure (relation
/// measures hang under their relation, under the supplier process); traffic-light statuses when
/// the options carry a snapshot.
public enum MeasuresView {
  public static func make(_ graph: ProcessGraph, options: ViewOptions = ViewOptions()) -> ViewGraph {
    make(lookup: ModelLookup(graph), options: options)
  }

  static func make(lookup: ModelLookup, options: ViewOptions) -> ViewGraph {
    let graph = lookup.graph
    var titleLines = ["Goal → mega-process → process → measure. \(graph.measures.count) measure\(graph.measures.count == 1 ? "" : "s")."]
    if let snapshot = options.snapshot { titleLines.append("Measure status for \(snapshot.period)") }
    var view = ViewStyle.graph(
      name: "measures", titleMarkup: ViewStyle.title((graph.organisation?.title ?? "Model") + " — measures", titleLines),
      rankdir: "LR")
    view.graphAttributes.set("ranksep", "0.6")
    view.graphAttributes.set("nodesep", "0.15")

    var rootId: String?
    if let organisation = graph.organisation {
      var attributes = DOTAttributes()
      attributes.set("penwidth", "1.5")
      var extra: [String] = []
      if let snapshot = options.snapshot, let status = snapshot.organisation {
        attributes.applyStatus(status)
        extra.append(Labels.status(status))
      }
      attributes.label(Labels.titled(organisation.title, width: 22, extraMarkup: extra))
      attributes.set("tooltip", Labels.tooltip(organisation.title, organisation.purpose))
      attributes.set("id", ViewIds.svg("organisation", organisation.id))
      let id = ViewIds.organisation(organisation.id)
      view.nodes.append(ViewNode(id: id, attributes: attributes))
      rootId = id
    }
    func link(_ from: String?, _ to: String) {
      guard let from else { return }
      view.edges.append(ViewEdge(from: from, to: to))
    }

    for goal in graph.goals {
      var attributes = DOTAttributes()
      attributes.set("style", "filled")
      attributes.set("fillcolor", Theme.goalFill)
      let extra = attributes.applyStatus(from: options.snapshot) { $0.goals[goal.id] }
      attributes.label(Labels.titled(goal.title, width: 22, lines: ["goal"], extraMarkup: extra))
      attributes.set("tooltip", Labels.tooltip(goal.title, goal.description))
      attributes.set("id", ViewIds.svg("goal", goal.id))
      let id = ViewIds.goal(goal.id)
      view.nodes.append(ViewNode(id: id, attributes: attributes))
      link(rootId, id)
    }

    for megaprocess in graph.megaprocesses {
      var attributes = DOTAttributes()
      attributes.set("fillcolor", Theme.bandFill(lookup.band(of: megaprocess)))
      attributes.set("penwidth", "1.3")
      let extra = attributes.applyStatus(from: options.snapshot) { $0.megaprocesses[megaprocess.id] }
      attributes.label(Labels.titled(megaprocess.title, width: 22, lines: ["mega-process"], extraMarkup: extra))
      attributes.set("tooltip", Labels.tooltip(megaprocess.title, megaprocess.description))
      attributes.set("id", ViewIds.svg("megaprocess", megaprocess.id))
      let id = ViewIds.megaprocess(megaprocess.id)
      view.nodes.append(ViewNode(id: id, attributes: attributes))
      let goals = megaprocess.goals.filter { lookup.goal($0) != nil }
      if goals.isEmpty { link(rootId, id) }
      for goal in goals { link(ViewIds.goal(goal), id) }
      for measureId in megaprocess.measures { addMeasure(measureId, under: id, to: &view, lookup: lookup, options: options) }
    }

    var relationsBySupplier: [String: [Relation]] = [:]
    for relation in graph.relations {
      if let supplier = relation.supplierProcess, lookup.process(supplier) != nil {
        relationsBySupplier[supplier, default: []].append(relation)
      }
    }
    for process in graph.processes {
      var attributes = DOTAttributes()
      attributes.set("fillcolor", Theme.processFill(process.kind))
      let extra = attributes.applyStatus(from: options.snapshot) { $0.processes[process.id] }
      attributes.label(Labels.titled(process.title, width: 22, extraMarkup: extra))
      attributes.set("tooltip", Labels.tooltip(process.title, process.purpose))
      attributes.set("URL", "process/\(process.id).\(options.linkExtension)")
      attributes.set("id", ViewIds.svg("process", process.id))
      let id = ViewIds.process(process.id)
      view.nodes.append(ViewNode(id: id, attributes: attributes))
      if let megaprocess = process.megaprocess, lookup.megaprocess(megaprocess) != nil {
        link(ViewIds.megaprocess(megaprocess), id)
      } else {
        link(rootId, id)
      }
      for measureId in process.measures { addMeasure(measureId, under: id, to: &view, lookup: lookup, options: options) }
      for relation in relationsBySupplier[process.id] ?? [] where !relation.measures.isEmpty {
        var relationAttributes = DOTAttributes()
        relationAttributes.set("shape", "box")
        relationAttributes.set("style", "rounded,filled,dashed")
        relationAttributes.set("fillcolor", Theme.plainFill)
        let client = relation.client.map { "for " + lookup.processTitle($0) } ?? ""
        relationAttributes.label(Labels.titled(relation.title, width: 22, lines: ["relation " + client]))
        relationAttributes.set("tooltip", Labels.tooltip(relation.title, relation.product, relation.description))
        relationAttributes.set("id", ViewIds.svg("relation", relation.id))
        let relationId = ViewIds.relation(relation.id)
        view.nodes.append(ViewNode(id: relationId, attributes: relationAttributes))
        link(id, relationId)
        for measureId in relation.measures { addMeasure(measureId, under: relationId, to: &view, lookup: lookup, options: options) }
      }
    }

    var legend = Legend()
    legend.add(fill: Theme.goalFill, border: Theme.edgeColour, "goal")
    for kind in Theme.bandOrder {
      legend.add(fill: Theme.processFill(kind), border: Theme.edgeColour, "\(kind.rawValue) process")
    }
    legend.add(swatch: "▭", "measure: type, target, frequency")
    legend.add(swatch: "┄", "internal-market relation (its measures)")
    legend.add(swatch: "★", "patient-defined measure")
    if let snapshot = options.snapshot { legend.addStatuses(period: snapshot.period) }
    view.nodes.append(legend.node(id: "legend"))
    return view
  }

  private static func addMeasure(_ id: String, under parent: String, to view: inout ViewGraph, lookup: ModelLookup, options: ViewOptions) {
    guard let measure = lookup.measure(id) else { return }
    var attributes = DOTAttributes()
    attributes.set("shape", "box")
    attributes.set("style", "filled")
    attributes.set("fillcolor", Theme.plainFill)
    var lines: [String] = []
    var facts: [String] = []
    if let type = measure.type { facts.append(type.rawValue) }
    if measure.patientDefined { facts.append("★ patient-defined") }
    if !facts.isEmpty { lines.append(facts.joined(separator: " · ")) }
    let summary = Labels.measureSummary(measure)
    if !summary.isEmpty { lines.append(summary) }
    let extra = attributes.applyStatus(from: options.snapshot) { $0.measures[measure.id] }
    attributes.label(Labels.titled(measure.title, width: 30, lines: lines, extraMarkup: extra))
    attributes.set("tooltip", Labels.tooltip(measure.title, measure.description, measure.source.map { "Source: " + $0 }))
    attributes.set("id", ViewIds.svg("measure", measure.id))
    let nodeId = ViewIds.measure(measure.id)
    view.nodes.append(ViewNode(id: nodeId, attributes: attributes))
    view.edges.append(ViewEdge(from: parent, to: nodeId))
  }
}
