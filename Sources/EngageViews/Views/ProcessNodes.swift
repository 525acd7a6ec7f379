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
}
