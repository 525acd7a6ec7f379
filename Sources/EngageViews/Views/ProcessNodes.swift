import EngageLanguage
import EngageMeasures
import EngageModel

/// The node that stands for a whole process on the landscape, mega-process and relations maps.
enum ProcessNodes {
  /// A process node: title, owner and engagement level; filled by kind, or by status when the
  /// options carry a snapshot; linked to the process map at `linkPrefix + id + extension`.
  static func node(_ process: Process, lookup: ModelLookup, options: ViewOptions, linkPrefix: String) -> ViewNode {
    var lines: [String] = []
    if let owner = process.owner { lines.append("Owner: " + lookup.roleTitle(owner)) }
    if let level = process.engagement { lines.append("Engagement: " + level.rawValue) }
    var attributes = DOTAttributes()
    attributes.set("fillcolor", Theme.processFill(process.kind))
    let extra = attributes.applyStatus(from: options.snapshot) { $0.processes[process.id] }
    attributes.label(Labels.titled(process.title, lines: lines, extraMarkup: extra))
    attributes.set("URL", linkPrefix + process.id + "." + options.linkExtension)
    attributes.set("tooltip", Labels.tooltip(process.title, process.purpose, process.description))
    attributes.set("id", ViewIds.svg("process", process.id))
    return ViewNode(id: ViewIds.process(process.id), attributes: attributes)
  }

  /// The edge for an internal-market link: a relation solid and labelled with its product,
  /// an input without a relation dashed and labelled with the output.
  static func marketEdge(_ link: MarketLink, from: String, to: String, lookup: ModelLookup, constraint: Bool) -> ViewEdge {
    var attributes = DOTAttributes()
    let outputTitle = lookup.outputTitle(of: link)
    if let relation = link.relation {
      let product = relation.product ?? outputTitle ?? relation.title
      attributes.label(Labels.small(HTMLText.wrapped(product, width: 22), colour: Theme.ink))
      attributes.set("penwidth", "1.6")
      attributes.set("tooltip", Labels.tooltip(relation.title, relation.product, relation.description))
    } else {
      attributes.label(Labels.small(HTMLText.wrapped(outputTitle ?? link.output ?? "", width: 22)))
      attributes.set("style", "dashed")
      attributes.set("tooltip", outputTitle ?? link.output ?? "")
    }
    if !constraint { attributes.set("constraint", "false") }
    return ViewEdge(from: from, to: to, attributes: attributes)
  }
}
