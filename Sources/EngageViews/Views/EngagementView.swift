import EngageLanguage
import EngageModel

/// The roles × processes matrix of engagement levels: one row per process (grouped by
/// mega-process), one column per role; a cell shows the highest IAP2 level of the steps the role
/// takes part in (the step's level, else the process's), or `•` when it takes part without one.
public enum EngagementView {
  public static func make(_ graph: ProcessGraph, options: ViewOptions = ViewOptions()) -> ViewGraph {
    make(lookup: ModelLookup(graph), options: options)
  }

  static func make(lookup: ModelLookup, options: ViewOptions) -> ViewGraph {
    let graph = lookup.graph
    var view = ViewStyle.graph(
      name: "engagement",
      titleMarkup: ViewStyle.title(
        (graph.organisation?.title ?? "Model") + " — engagement matrix",
        ["Rows: processes. Columns: roles. Cells: the highest engagement level (IAP2) of the steps the role takes part in."]),
      rankdir: "TB")

    let roles = graph.roles
    var header = "<TR><TD ALIGN=\"LEFT\" BGCOLOR=\"\(Theme.plainFill)\"><B>Process</B></TD><TD BGCOLOR=\"\(Theme.plainFill)\"><B>Process<BR/>level</B></TD>"
    for role in roles {
      header += "<TD BGCOLOR=\"\(Theme.laneHeader(role.kind))\" TITLE=\"\(HTMLText.attribute(role.title))\"><B>" + HTMLText.wrapped(role.title, width: 12) + "</B></TD>"
    }
    header += "</TR>"
    var rows = header
    let columnCount = roles.count + 2
    var groups: [(title: String, level: String?, processes: [Process])] = []
    for megaprocess in graph.megaprocesses {
      groups.append((megaprocess.title, megaprocess.level.map { Labels.word($0.rawValue) }, megaprocess.processes.compactMap(lookup.process)))
    }
    let loose = lookup.topLevelProcesses
    if !loose.isEmpty { groups.append(("Processes outside a mega-process", nil, loose)) }
    for group in groups {
      let levelText = group.level.map { " — level: " + $0 } ?? ""
      rows += "<TR><TD COLSPAN=\"\(columnCount)\" ALIGN=\"LEFT\" BGCOLOR=\"\(Theme.groupRowFill)\"><B>" + HTMLText.escape(group.title) + "</B>" + HTMLText.escape(levelText) + "</TD></TR>"
      for process in group.processes {
        // An explicit ID: without one Graphviz numbers a linked cell's anchor with a counter
        // shared by every render in the process, so a second render would differ.
        rows += "<TR><TD ALIGN=\"LEFT\" HREF=\"process/\(process.id).\(options.linkExtension)\" ID=\"\(ViewIds.svg("process", process.id))\" TITLE=\"\(HTMLText.attribute(process.title))\">" + HTMLText.wrapped(process.title, width: 40, breakAlign: "LEFT") + "<BR ALIGN=\"LEFT\"/></TD>"
        rows += cell(process.engagement, takesPart: process.engagement != nil)
        let levels = levelsByRole(process)
        for role in roles {
          rows += cell(levels[role.id] ?? nil, takesPart: levels[role.id] != nil)
        }
        rows += "</TR>"
      }
    }
    var attributes = DOTAttributes()
    attributes.set("shape", "plaintext")
    attributes.set("style", "")
    attributes.set("margin", "0")
    attributes.set("id", "matrix")
    attributes.label("<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"4\" COLOR=\"\(Theme.clusterPen)\">\(rows)</TABLE>")
    view.nodes.append(ViewNode(id: "matrix", attributes: attributes))

    var legend = Legend()
    legend.addEngagementLevels()
    legend.add(swatch: "•", "takes part; no level declared")
    legend.addRoleKinds(roles.map(\.kind), headerColours: true)
    let legendNode = legend.node(id: "legend")
    view.nodes.append(legendNode)
    view.edges.append(ViewStyle.invisibleEdge("matrix", "legend"))
    return view
  }

  /// The abbreviation written in a matrix cell.
  public static func abbreviation(_ level: EngagementLevel) -> String {
    switch level {
    case .inform: "INF"
    case .consult: "CON"
    case .involve: "INV"
    case .collaborate: "COL"
    case .empower: "EMP"
    }
  }

  /// For each role taking part in the process: the highest level of its steps (the step's
  /// level, else the process's; `nil` inside when none has one). The matrix's cells, by role id.
  public static func levelsByRole(_ process: Process) -> [String: EngagementLevel?] {
    var result: [String: EngagementLevel?] = [:]
    for node in process.nodes {
      let level = node.engagement ?? process.engagement
      for performer in node.performers {
        let current = result[performer.role] ?? nil
        switch (current, level) {
        case (nil, let new): result[performer.role] = .some(new)
        case (let old?, let new?): result[performer.role] = .some(max(old, new))
        case (_?, nil): break
        }
      }
    }
    return result
  }

  private static func cell(_ level: EngagementLevel?, takesPart: Bool) -> String {
    guard takesPart else { return "<TD></TD>" }
    guard let level else { return "<TD>•</TD>" }
    return "<TD BGCOLOR=\"\(Theme.engagementFill(level))\" TITLE=\"\(level.rawValue)\"><FONT COLOR=\"\(Theme.engagementInk(level))\">\(abbreviation(level))</FONT></TD>"
  }
}
