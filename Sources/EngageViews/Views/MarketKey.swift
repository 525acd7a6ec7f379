import EngageLanguage
import EngageModel

/// Numbered internal-market edges for maps whose links cannot be constrained (the landscape and
/// the mega-process maps): each edge carries only a small marker (`R1` for a relation, `I1` for an
/// input taken without one), and a key table beside the legend spells out what each marker
/// carries. Long product texts placed as external labels land on nodes and status badges; a
/// three-character marker finds a free spot.
struct MarketKey {
  struct Entry {
    var marker: String
    var link: MarketLink
  }

  private(set) var entries: [Entry] = []
  private var relationCount = 0
  private var inputCount = 0

  /// The edge for `link`, marked with the next number; the link is added to the key.
  mutating func edge(_ link: MarketLink, from: String, to: String, lookup: ModelLookup, constraint: Bool) -> ViewEdge {
    let marker: String
    if link.relation != nil {
      relationCount += 1
      marker = "R\(relationCount)"
    } else {
      inputCount += 1
      marker = "I\(inputCount)"
    }
    entries.append(Entry(marker: marker, link: link))
    var attributes = DOTAttributes()
    attributes.label(Self.badge(marker))
    attributes.set("tooltip", tooltip(marker, link, lookup: lookup))
    if link.relation != nil {
      attributes.set("penwidth", "1.6")
    } else {
      attributes.set("style", "dashed")
    }
    if !constraint { attributes.set("constraint", "false") }
    return ViewEdge(from: from, to: to, attributes: attributes)
  }

  /// The key as a plaintext node: one row per marker with the relation's title, supplier →
  /// client, product and requirements; `nil` when no edge was marked.
  func node(id: String, lookup: ModelLookup) -> ViewNode? {
    guard !entries.isEmpty else { return nil }
    var rows = "<TR><TD COLSPAN=\"2\" ALIGN=\"LEFT\"><B>Internal-market links</B></TD></TR>"
    for entry in entries {
      var text = ""
      if let relation = entry.link.relation {
        text += "<B>" + HTMLText.wrapped(relation.title, width: Self.keyWidth, breakAlign: "LEFT") + "</B><BR ALIGN=\"LEFT\"/>"
      }
      text += HTMLText.wrapped(ends(entry.link, lookup: lookup), width: Self.keyWidth, breakAlign: "LEFT") + "<BR ALIGN=\"LEFT\"/>"
      for line in details(entry.link, lookup: lookup) {
        text += Labels.small(HTMLText.wrapped(line, width: Self.keyWidth + 8, breakAlign: "LEFT")) + "<BR ALIGN=\"LEFT\"/>"
      }
      rows += "<TR><TD VALIGN=\"TOP\" ALIGN=\"LEFT\"><B>\(HTMLText.escape(entry.marker))</B></TD><TD ALIGN=\"LEFT\" BALIGN=\"LEFT\">\(text)</TD></TR>"
    }
    let table =
      "<TABLE BORDER=\"1\" COLOR=\"\(Theme.clusterPen)\" CELLBORDER=\"0\" CELLSPACING=\"2\" CELLPADDING=\"3\" BGCOLOR=\"\(Theme.legendFill)\">\(rows)</TABLE>"
    var attributes = DOTAttributes()
    attributes.set("shape", "plaintext")
    attributes.set("margin", "0")
    attributes.set("fontsize", Theme.smallFontSize)
    attributes.set("id", id)
    attributes.label(table)
    return ViewNode(id: id, attributes: attributes)
  }

  private static let keyWidth = 56

  /// A marker in a small white box, so that it reads over a crossing edge.
  static func badge(_ marker: String) -> String {
    "<TABLE BORDER=\"0\" CELLBORDER=\"1\" CELLSPACING=\"0\" CELLPADDING=\"1\" BGCOLOR=\"\(Theme.plainFill)\" COLOR=\"\(Theme.mutedInk)\">"
      + "<TR><TD><FONT POINT-SIZE=\"\(Theme.smallFontSize)\" COLOR=\"\(Theme.ink)\"><B>\(HTMLText.escape(marker))</B></FONT></TD></TR></TABLE>"
  }

  private func ends(_ link: MarketLink, lookup: ModelLookup) -> String {
    let supplier = lookup.process(link.supplier)?.title ?? link.supplier
    let client = lookup.process(link.client)?.title ?? link.client
    return supplier + " → " + client
  }

  private func details(_ link: MarketLink, lookup: ModelLookup) -> [String] {
    guard let relation = link.relation else {
      return ["Output: " + (lookup.outputTitle(of: link) ?? link.output ?? "") + " (no relation declared)"]
    }
    var lines: [String] = []
    if let product = relation.product ?? lookup.outputTitle(of: link) { lines.append("Product: " + product) }
    lines.append(contentsOf: relation.requirements.map { "• " + $0 })
    return lines
  }

  private func tooltip(_ marker: String, _ link: MarketLink, lookup: ModelLookup) -> String {
    let title = link.relation.map { "\(marker) \($0.title)" } ?? "\(marker) input without a relation"
    var lines = [ends(link, lookup: lookup)]
    lines.append(contentsOf: details(link, lookup: lookup))
    if let description = link.relation?.description, !description.isEmpty { lines.append(description) }
    return Labels.tooltip(title, lines.joined(separator: "\n"))
  }
}
