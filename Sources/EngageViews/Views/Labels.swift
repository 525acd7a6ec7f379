import EngageLanguage
import EngageMeasures
import EngageModel

/// HTML-like label markup shared by the views; every piece of user text passes through
/// `HTMLText`.
enum Labels {
  /// A bold, wrapped title with optional smaller lines under it.
  static func titled(_ title: String, width: Int = TextWrapping.defaultWidth, lines: [String] = [], extraMarkup: [String] = []) -> String {
    var parts = ["<B>" + HTMLText.wrapped(title, width: width) + "</B>"]
    for line in lines where !line.isEmpty {
      parts.append(small(HTMLText.wrapped(line, width: width + 6)))
    }
    parts.append(contentsOf: extraMarkup)
    return parts.joined(separator: "<BR/>")
  }

  /// Markup in the small font.
  static func small(_ markup: String, colour: String = Theme.mutedInk) -> String {
    "<FONT POINT-SIZE=\"\(Theme.smallFontSize)\" COLOR=\"\(colour)\">\(markup)</FONT>"
  }

  /// A status line: its symbol and word, in the status's pen colour, bold.
  static func status(_ status: MeasureStatus) -> String {
    "<FONT COLOR=\"\(Theme.status(status).pen)\"><B>\(HTMLText.escape(status.labelWithSymbol))</B></FONT>"
  }

  /// `target ≥ 80 %, monthly`, from what the measure declares.
  static func measureSummary(_ measure: Measure) -> String {
    var parts: [String] = []
    if let target = measure.target {
      parts.append("target " + MeasureText.threshold(target, unit: measure.unit, style: .typographic))
    }
    if let frequency = measure.frequency { parts.append(word(frequency.rawValue)) }
    return parts.joined(separator: ", ")
  }

  /// A readable form of a vocabulary word (`patient_partner` → `patient partner`).
  static func word(_ raw: String) -> String { String(raw.map { $0 == "_" ? " " : $0 }) }

  /// A tooltip: the title and the description or purpose, as plain text.
  static func tooltip(_ title: String, _ details: String?...) -> String {
    ([title] + details.compactMap { $0 }.filter { !$0.isEmpty }).joined(separator: "\n")
  }
}

extension DOTAttributes {
  /// Sets an HTML-like label.
  mutating func label(_ markup: String) { self["label"] = .html(markup) }

  /// Colours a node by a status: tinted fill, pen colour and width.
  mutating func applyStatus(_ status: MeasureStatus) {
    let style = Theme.status(status)
    set("fillcolor", style.fill)
    set("color", style.pen)
    set("penwidth", style.penWidth)
    addStyle("filled")
  }

  /// With a snapshot, colours the node by the status `status` picks from it (no data when it has
  /// none) and returns the status line for the label; without a snapshot, returns nothing.
  mutating func applyStatus(from snapshot: StatusSnapshot?, _ status: (StatusSnapshot) -> MeasureStatus?) -> [String] {
    guard let snapshot else { return [] }
    let status = status(snapshot) ?? .noData
    applyStatus(status)
    return [Labels.status(status)]
  }

  /// Adds a word to the `style` list unless it is there already.
  mutating func addStyle(_ word: String) {
    guard case .text(let existing)? = self["style"], !existing.isEmpty else {
      set("style", word)
      return
    }
    let words = existing.split(separator: ",").map(String.init)
    if !words.contains(word) { set("style", (words + [word]).joined(separator: ",")) }
  }
}
