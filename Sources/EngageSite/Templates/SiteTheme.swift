import EngageLanguage
import EngageModel
import EngageViews

/// The site's colours: the HTML report's (`PageTheme`) and the rest of `Theme` the pages show
/// (process kinds, engagement levels, role kinds, severities), as CSS custom properties. The
/// style sheet refers to them only with `var(...)`: no colour is written anywhere else.
enum SiteTheme {
  static let properties: [(name: String, value: String)] =
    PageTheme.properties
    + [
      ("canvas", Theme.canvas), ("plain-fill", Theme.plainFill), ("header-bar", Theme.Page.headerBar),
      ("link", Theme.Page.link), ("cluster-pen", Theme.clusterPen), ("group-fill", Theme.groupRowFill),
      ("problem", Theme.problemColour), ("problem-fill", Theme.problemFill),
      ("engagement-mark", Theme.engagementMarkColour),
    ]
    + ProcessKind.allCases.map { ("kind-\($0.rawValue)-fill", Theme.processFill($0)) }
    + EngagementLevel.allCases.flatMap { level -> [(name: String, value: String)] in
      [("level-\(level.rawValue)-fill", Theme.engagementFill(level)), ("level-\(level.rawValue)-ink", Theme.engagementInk(level))]
    }
    + RoleKind.allCases.flatMap { kind -> [(name: String, value: String)] in
      [("role-\(kind.rawValue)-fill", Theme.laneFill(kind)), ("role-\(kind.rawValue)-pen", Theme.laneHeader(kind))]
    }
    + Severity.allCases.flatMap { severity -> [(name: String, value: String)] in
      let colours = Theme.Page.severity(severity)
      return [
        ("severity-\(severity.rawValue)-fill", colours.fill), ("severity-\(severity.rawValue)-pen", colours.pen),
        ("severity-\(severity.rawValue)-ink", colours.ink),
      ]
    }

  /// The `:root { ... }` block that declares them.
  static var rootBlock: String {
    ":root {\n" + properties.map { "  --\($0.name): \($0.value);\n" }.joined() + "}\n"
  }
}
