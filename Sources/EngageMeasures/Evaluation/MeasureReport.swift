import EngageLanguage
import EngageModel

/// One value in a measure's history, judged against its target.
public struct MeasureHistoryPoint: Sendable, Hashable {
  public let period: Period
  public let value: Double
  /// Met, warning or missed against the target; `noData` when the measure has no target.
  public let status: MeasureStatus
  public let note: String?

  public init(period: Period, value: Double, status: MeasureStatus, note: String?) {
    self.period = period
    self.value = value
    self.status = status
    self.note = note
  }
}

/// A measure evaluated for one period.
public struct MeasureResult: Sendable {
  public let measure: Measure
  /// The process the measure rolls up to: its own process, or a relation's client process;
  /// `nil` for mega-process measures and relations without a client.
  public let process: String?
  /// The mega-process the measure rolls up to, directly or through its process.
  public let megaprocess: String?
  public let status: MeasureStatus
  /// The latest value up to the evaluated period, `nil` when there is none.
  public let latest: MeasureHistoryPoint?
  public let trend: Trend?
  /// Every value up to the evaluated period, oldest first.
  public let history: [MeasureHistoryPoint]

  public init(
    measure: Measure, process: String?, megaprocess: String?, status: MeasureStatus,
    latest: MeasureHistoryPoint?, trend: Trend?, history: [MeasureHistoryPoint]
  ) {
    self.measure = measure
    self.process = process
    self.megaprocess = megaprocess
    self.status = status
    self.latest = latest
    self.trend = trend
    self.history = history
  }

  public var id: String { measure.id }
  public var value: Double? { latest?.value }
  public var valuePeriod: Period? { latest?.period }
}

/// The worst status of a group of measures, with how many measures have each status.
public struct StatusRollUp: Sendable, Hashable {
  /// Which level of the model a roll-up summarises.
  public enum Level: String, Sendable, Hashable, Codable, CaseIterable {
    case process, megaprocess, goal, organisation
  }

  public let level: Level
  public let id: String
  public let title: String
  /// The measure ids rolled up, in model order.
  public let measures: [String]
  /// Measures per status; statuses no measure has are absent.
  public let counts: [MeasureStatus: Int]

  public init(level: Level, id: String, title: String, measures: [String], counts: [MeasureStatus: Int]) {
    self.level = level
    self.id = id
    self.title = title
    self.measures = measures
    self.counts = counts
  }

  /// The worst status, `nil` when there are no measures.
  public var status: MeasureStatus? { counts.filter { $0.value > 0 }.keys.max() }

  /// Every status with its count (zero included), in `MeasureStatus.allCases` order (met,
  /// warning, missed, stale, no data): a stable order for output.
  public var orderedCounts: [(status: MeasureStatus, count: Int)] {
    MeasureStatus.allCases.map { ($0, counts[$0] ?? 0) }
  }
}

/// Every measure of a model evaluated for one period, with roll-ups at each level.
public struct MeasureReport: Sendable {
  /// The evaluated period.
  public let period: Period
  /// Whether the period was given (`--period`) or taken as the latest period in the data.
  public let periodWasGiven: Bool
  /// Every measure of the model, in model order; measures without data included.
  public let measures: [MeasureResult]
  /// Processes with at least one measure, in model order.
  public let processes: [StatusRollUp]
  /// Mega-processes with at least one measure, in model order.
  public let megaprocesses: [StatusRollUp]
  /// Goals served by a mega-process with at least one measure, in model order.
  public let goals: [StatusRollUp]
  public let organisation: StatusRollUp
  /// The data file's diagnostics (EM04xx): rows that could not be used, in file order. Every
  /// report format lists them; the other rows were evaluated.
  public var dataProblems: [Diagnostic]

  public init(
    period: Period, periodWasGiven: Bool, measures: [MeasureResult], processes: [StatusRollUp],
    megaprocesses: [StatusRollUp], goals: [StatusRollUp], organisation: StatusRollUp,
    dataProblems: [Diagnostic] = []
  ) {
    self.period = period
    self.periodWasGiven = periodWasGiven
    self.measures = measures
    self.processes = processes
    self.megaprocesses = megaprocesses
    self.goals = goals
    self.organisation = organisation
    self.dataProblems = dataProblems
  }

  /// Whether any measure missed its target: the `measures` command then exits 1.
  public var hasMissed: Bool { measures.contains { $0.status == .missed } }

  /// Whether the data file has a problem of severity error (a bad row): the `measures` command
  /// then exits 1, as for a missed target.
  public var hasDataErrors: Bool { dataProblems.contains { $0.severity == .error } }

  /// The statuses at every level, as the views colour them. Elements without measures are absent.
  public var snapshot: StatusSnapshot {
    func table(_ rollUps: [StatusRollUp]) -> [String: MeasureStatus] {
      var result: [String: MeasureStatus] = [:]
      for rollUp in rollUps { if let status = rollUp.status { result[rollUp.id] = status } }
      return result
    }
    var measureStatuses: [String: MeasureStatus] = [:]
    for result in measures { measureStatuses[result.id] = result.status }
    return StatusSnapshot(
      period: period.description, measures: measureStatuses, processes: table(processes),
      megaprocesses: table(megaprocesses), goals: table(goals), organisation: organisation.status)
  }
}
