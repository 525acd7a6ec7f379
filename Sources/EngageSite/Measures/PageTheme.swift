import EngageMeasures
import EngageViews

/// The HTML report's colours: `Theme`'s, as CSS custom properties (`--ink`, `--status-met-fill`,
/// ...) that the template's style sheet refers to with `var(...)`.
enum PageTheme {
  /// Every custom property, in a fixed order: the page's colours, then fill, pen and ink of each
  /// status.
  static let properties: [(name: String, value: String)] =
    [
      ("ink", Theme.ink), ("muted-ink", Theme.mutedInk), ("faint-ink", Theme.Page.faintInk),
      ("rule", Theme.Page.rule), ("header-fill", Theme.Page.headerFill), ("trend-line", Theme.Page.trendLine),
      ("trend-target", Theme.Page.trendTarget), ("trend-empty", Theme.Page.trendEmpty),
    ]
    + MeasureStatus.allCases.flatMap { status -> [(name: String, value: String)] in
      let style = Theme.status(status)
      let name = "status-" + StatusClass.name(status)
      return [(name + "-fill", style.fill), (name + "-pen", style.pen), (name + "-ink", style.ink)]
    }

  /// The properties as the template's context lists them.
  static var context: [[String: String]] { properties.map { ["name": $0.name, "value": $0.value] } }
}
