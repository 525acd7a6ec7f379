import EngageLanguage
import EngageMeasures

/// The one visual theme of every EngageMap view: fonts, a colour per role kind, a band colour
/// per process kind, status colours (Okabe–Ito, colour-blind safe) with a symbol as second cue,
/// and a sequential palette for engagement levels.
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
    public let symbol: String
    public let word: String
    public let penWidth: String
  }

  /// Okabe–Ito hues as pen colours, light tints as fills; the symbol and word read in grey scale.
  public static func status(_ status: MeasureStatus) -> StatusStyle {
    switch status {
    case .met: StatusStyle(fill: "#BFE6DA", pen: "#009E73", symbol: "✓", word: "met", penWidth: "2")
    case .warning: StatusStyle(fill: "#F7E0A8", pen: "#E69F00", symbol: "!", word: "warning", penWidth: "2.5")
    case .missed: StatusStyle(fill: "#F4C7AB", pen: "#D55E00", symbol: "✗", word: "missed", penWidth: "3")
    case .stale: StatusStyle(fill: "#EED2E3", pen: "#CC79A7", symbol: "◷", word: "stale", penWidth: "2.5")
    case .noData: StatusStyle(fill: "#E4E4E4", pen: "#8C8C8C", symbol: "?", word: "no data", penWidth: "2")
    }
  }

  /// Statuses in the order legends list them.
  public static let statusOrder: [MeasureStatus] = [.met, .warning, .missed, .stale, .noData]

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
