import EngageLanguage
import EngageMeasures

/// A view's legend: one plaintext node holding a two-column table (swatch, meaning).
struct Legend {
  struct Entry {
    /// Markup of the swatch cell's content (already escaped).
    var swatch: String
    var fill: String?
    var border: String?
    var text: String
  }

  var title = "Legend"
  var entries: [Entry] = []

  mutating func add(swatch: String = "", fill: String? = nil, border: String? = nil, _ text: String) {
    entries.append(Entry(swatch: swatch, fill: fill, border: border, text: text))
  }

  /// One swatch per role kind, each kind once, in the order of first appearance.
  mutating func addRoleKinds(_ kinds: [RoleKind?], headerColours: Bool = false) {
    var seen: [RoleKind?] = []
    for kind in kinds where !seen.contains(kind) {
      seen.append(kind)
      add(fill: headerColours ? Theme.laneHeader(kind) : Theme.laneFill(kind), border: Theme.laneHeader(kind), "Role: " + (kind.map { Labels.word($0.rawValue) } ?? "no kind"))
    }
  }

  mutating func addStatuses(period: String) {
    for status in Theme.statusOrder {
      let style = Theme.status(status)
      add(swatch: "<B>" + HTMLText.escape(style.symbol) + "</B>", fill: style.fill, border: style.pen, "\(style.word) (\(period))")
    }
  }

  mutating func addEngagementLevels() {
    for level in EngagementLevel.allCases {
      add(
        swatch: "<FONT COLOR=\"\(Theme.engagementInk(level))\">\(EngagementView.abbreviation(level))</FONT>",
        fill: Theme.engagementFill(level), "\(level.rawValue) (IAP2)")
    }
  }

  /// The legend as a node with the given id.
  func node(id: String) -> ViewNode {
    var rows = "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>\(HTMLText.escape(title))</B></TD></TR>"
    for entry in entries {
      var cell = "<TD WIDTH=\"28\" HEIGHT=\"16\" FIXEDSIZE=\"FALSE\""
      if let fill = entry.fill { cell += " BGCOLOR=\"\(fill)\"" }
      if let border = entry.border { cell += " COLOR=\"\(border)\"" }
      cell += ">\(entry.swatch)</TD>"
      rows += "<TR>\(cell)<TD ALIGN=\"LEFT\">\(HTMLText.escape(entry.text))</TD></TR>"
    }
    let table = "<TABLE BORDER=\"1\" COLOR=\"\(Theme.clusterPen)\" CELLBORDER=\"1\" CELLSPACING=\"3\" CELLPADDING=\"3\" BGCOLOR=\"\(Theme.legendFill)\">\(rows)</TABLE>"
    var attributes = DOTAttributes()
    attributes.set("shape", "plaintext")
    attributes.set("margin", "0")
    attributes.set("fontsize", Theme.smallFontSize)
    attributes.set("id", "legend")
    attributes.label(table)
    return ViewNode(id: id, attributes: attributes)
  }
}
