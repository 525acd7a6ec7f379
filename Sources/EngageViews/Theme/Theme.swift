import EngageLanguage
import EngageMeasures

/// The one visual theme of every EngageMap view and of the HTML report: fonts, a colour per role
/// kind, a band colour per process kind, status colours (Okabe–Ito, colour-blind safe) with a
/// symbol as second cue, and a sequential palette for engagement levels. Every colour EngageMap
/// draws with is named here (terminal colours are `TerminalStyle`'s); the HTML report takes them
/// as CSS custom properties.
public enum Theme {
  public static let fontName = "Helvetica"
  public static let fontSize = "11"
  public static let smallFontSize = "9"
  public static let titleFontSize = "16"
  public static let ink = "#222222"
  public static let mutedInk = "#555555"
  public static let edgeColour = "#555555"
  public static let clusterPen = "#9E9E9E"
  public static let legendFill = "#FAFAFA"

  /// The background of every map, and the default fill of its nodes (Graphviz's `white`).
  public static let canvas = "white"
  /// The fill of nodes, clusters and tables that stand out white on a tinted band or cluster.
  public static let plainFill = "#FFFFFF"
  /// The fill of a goal.
  public static let goalFill = "#F3F3F3"
  /// The fill of an end event (a start event is `plainFill`).
  public static let endEventFill = "#F0F0F0"
  /// The fill of a mega-process cluster on the relations view.
  public static let megaprocessClusterFill = "#FAFAFA"
  /// The fill of a mega-process's header row in the engagement view.
  public static let groupRowFill = "#EEEEEE"

  /// Colours of the HTML report's page around the maps.
  public enum Page {
    /// Secondary text, such as notes.
    public static let faintInk = "#666666"
    /// Table and figure borders.
    public static let rule = "#DDDDDD"
    /// Table header cells.
    public static let headerFill = "#F4F4F4"
    /// A trend chart's line of values.
    public static let trendLine = "#333333"
    /// A trend chart's target line and band (Okabe–Ito blue).
    public static let trendTarget = "#0072B2"
    /// A trend chart without values.
    public static let trendEmpty = "#BBBBBB"
    /// The site's header bar and the background of its search results.
    public static let headerBar = "#F7F7F7"
    /// Links on the site's pages (Okabe–Ito blue, darkened for contrast on white).
    public static let link = "#005A8C"

    /// The colours of a diagnostic's severity on the site: an error as a missed measure
    /// (vermilion), a warning as a warning (orange), info in Okabe–Ito blue.
    public static func severity(_ severity: Severity) -> (fill: String, pen: String, ink: String) {
      switch severity {
      case .error:
        let style = Theme.status(.missed)
        return (style.fill, style.pen, style.ink)
      case .warning:
        let style = Theme.status(.warning)
        return (style.fill, style.pen, style.ink)
      case .info:
        return ("#D5E8F5", "#0072B2", "#00466E")
      }
    }
  }

  /// The fill of a swimlane (and of swatches in legends) for a role kind; `nil` for a role
  /// without a kind.
  public static func laneFill(_ kind: RoleKind?) -> String {
    switch kind {
    case .patient: "#FCE3C4"
    case .family: "#F9DCE8"
    case .patient_partner: "#FFF2A8"
    case .clinician: "#D6E9F8"
    case .staff: "#E3EBEF"
    case .facilitator: "#D8F0DF"
    case .manager: "#E7DDF3"
    case .external: "#EBEBEB"
    case nil: "#F5F5F5"
    }
  }

  /// The stronger colour of a lane's header and border for a role kind.
  public static func laneHeader(_ kind: RoleKind?) -> String {
    switch kind {
    case .patient: "#F5B971"
    case .family: "#EBA0C0"
    case .patient_partner: "#EFD54F"
    case .clinician: "#8DBDE6"
    case .staff: "#A9BCC6"
    case .facilitator: "#8CCB9E"
    case .manager: "#B9A3DA"
    case .external: "#BDBDBD"
    case nil: "#D6D6D6"
    }
  }

  /// The bands of the landscape, top to bottom; legends list process kinds in this order too.
  public static let bandOrder: [ProcessKind] = [.management, .main, .support]

  /// The background of a band (management / main / support) on the landscape.
  public static func bandFill(_ kind: ProcessKind) -> String {
    switch kind {
    case .management: "#F1ECF8"
    case .main: "#EAF3FB"
    case .support: "#FDF6E6"
    }
  }

  /// The fill of a process node by its kind.
  public static func processFill(_ kind: ProcessKind?) -> String {
    switch kind {
    case .management: "#D9CCEC"
    case .main, nil: "#C3DDF3"
    case .support: "#F8DFAF"
    }
  }

  /// A band's title.
  public static func bandTitle(_ kind: ProcessKind) -> String {
    switch kind {
    case .management: "Management processes"
    case .main: "Main processes"
    case .support: "Support processes"
    }
  }

  /// The colours and symbol that show a status.
  public struct StatusStyle: Sendable, Hashable {
    public let fill: String
    public let pen: String
    /// Text on `fill` in the HTML report: a dark shade of `pen`.
    public let ink: String
    public let symbol: String
    public let word: String
    public let penWidth: String
  }

  /// Okabe–Ito hues as pen colours, light tints as fills; the symbol and word (the status's own,
  /// as the reports print them) read in grey scale.
  public static func status(_ status: MeasureStatus) -> StatusStyle {
    let (fill, pen, ink, penWidth) =
      switch status {
      case .met: ("#BFE6DA", "#009E73", "#00684B", "2")
      case .warning: ("#F7E0A8", "#E69F00", "#7A5400", "2.5")
      case .missed: ("#F4C7AB", "#D55E00", "#8A3B00", "3")
      case .stale: ("#EED2E3", "#CC79A7", "#7A3A60", "2.5")
      case .noData: ("#E4E4E4", "#8C8C8C", "#444444", "2")
      }
    return StatusStyle(fill: fill, pen: pen, ink: ink, symbol: status.symbol, word: status.rawValue, penWidth: penWidth)
  }

  /// Statuses in the order legends list them.
  public static let statusOrder: [MeasureStatus] = MeasureStatus.allCases

  /// A sequential blue palette for the IAP2 levels, light (inform) to dark (empower).
  public static func engagementFill(_ level: EngagementLevel) -> String {
    switch level {
    case .inform: "#EFF3FF"
    case .consult: "#C6DBEF"
    case .involve: "#9ECAE1"
    case .collaborate: "#5A9FD0"
    case .empower: "#2166AC"
    }
  }

  /// Text colour that stays readable on `engagementFill(level)`.
  public static func engagementInk(_ level: EngagementLevel) -> String {
    level >= .collaborate ? "#FFFFFF" : ink
  }

  /// The mark on a step that patients, families or partners take part in.
  public static let engagementMark = "◆"
  /// The colour of that mark and of the border of such steps.
  public static let engagementMarkColour = "#B35806"
  /// The colour that highlights problems in a model (unmet inputs).
  public static let problemColour = "#D55E00"
  public static let problemFill = "#FBE3D6"
}
