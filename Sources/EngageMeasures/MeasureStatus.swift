/// A measure's status for a period; roll-ups take the worst.
public enum MeasureStatus: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case met
  case warning
  case missed
  case stale
  case noData = "no data"

  /// Badness for worst-of roll-ups: missed is worst, then stale, warning, no data, met.
  public var severityRank: Int {
    switch self {
    case .met: 0
    case .noData: 1
    case .warning: 2
    case .stale: 3
    case .missed: 4
    }
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.severityRank < rhs.severityRank }
}

/// The statuses of one period at every level, as views colour them.
public struct StatusSnapshot: Sendable {
  /// The period the statuses are for, as written in the data (`2026-10`).
  public var period: String
  public var measures: [String: MeasureStatus]
  public var processes: [String: MeasureStatus]
  public var megaprocesses: [String: MeasureStatus]
  public var goals: [String: MeasureStatus]
  public var organisation: MeasureStatus?

  public init(
    period: String, measures: [String: MeasureStatus] = [:], processes: [String: MeasureStatus] = [:],
    megaprocesses: [String: MeasureStatus] = [:], goals: [String: MeasureStatus] = [:],
    organisation: MeasureStatus? = nil
  ) {
    self.period = period
    self.measures = measures
    self.processes = processes
    self.megaprocesses = megaprocesses
    self.goals = goals
    self.organisation = organisation
  }
}
