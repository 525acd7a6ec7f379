import EngageLanguage
import EngageModel

/// Evaluates a model's measures against data for one period and rolls the statuses up.
///
/// Per measure, for the evaluated period P:
/// - the values considered are those whose period starts on or before P's last day;
/// - no value at all → `no data`;
/// - the latest value older than the frequency allows (see `Staleness`) → `stale`;
/// - otherwise the latest value is judged: it satisfies the target → `met`; it fails the
///   target but satisfies the warning band → `warning`; else `missed`. A measure without a
///   target cannot be judged and stays `no data`, its value still reported.
///
/// Roll-ups take the worst status (`MeasureStatus` order) and count each status:
/// a process rolls up its own measures and those of relations whose client it is; a
/// mega-process its own measures and its processes'; a goal the mega-processes that serve it;
/// the organisation every measure. A measure counts once at each level.
public enum MeasureEvaluator {
  /// Evaluates for `period`, or for the latest period in the data when `nil`.
  /// Throws when there is no period to evaluate (no usable row and no period given).
  public static func evaluate(
    graph: ProcessGraph, data: [MeasureDataPoint], period: Period?
  ) throws(MeasureInputError) -> MeasureReport {
    guard let evaluated = period ?? latestPeriod(in: data) else {
      throw MeasureInputError("the data has no usable rows, so there is no period to evaluate")
    }
    return evaluate(graph: graph, data: data, at: evaluated, periodWasGiven: period != nil)
  }

  /// The latest period in the data, of the data's main kind: the kind most rows use (on a tie,
  /// the shorter kind). A data set of monthly figures with a few weekly, quarterly or yearly
  /// measures is so evaluated for its latest month, not for a week or a whole year. Of periods
  /// of that kind, the latest is the one that starts last.
  public static func latestPeriod(in data: [MeasureDataPoint]) -> Period? {
    var rowsPerKind: [Period.Kind: Int] = [:]
    for point in data { rowsPerKind[point.period.kind, default: 0] += 1 }
    let order = Period.Kind.allCases
    guard
      let mainKind = order.max(by: { lhs, rhs in
        let left = rowsPerKind[lhs] ?? 0
        let right = rowsPerKind[rhs] ?? 0
        return left != right ? left < right : (order.firstIndex(of: lhs) ?? 0) > (order.firstIndex(of: rhs) ?? 0)
      }), (rowsPerKind[mainKind] ?? 0) > 0
    else { return nil }
    return data.map(\.period).filter { $0.kind == mainKind }.max()
  }

  /// Judges one value against a measure's target and warning band.
  public static func judge(_ value: Double, target: Threshold?, warning: Threshold?) -> MeasureStatus {
    guard let target else { return .noData }
    if target.isSatisfied(by: value) { return .met }
    if let warning, warning.isSatisfied(by: value) { return .warning }
    return .missed
  }

  static func evaluate(
    graph: ProcessGraph, data: [MeasureDataPoint], at period: Period, periodWasGiven: Bool
  ) -> MeasureReport {
    var pointsByMeasure: [String: [MeasureDataPoint]] = [:]
    for point in data where point.period.start <= period.end {
      pointsByMeasure[point.measure, default: []].append(point)
    }
    let placement = Placement(graph: graph)
    let results = graph.measures.map { measure in
      let points = (pointsByMeasure[measure.id] ?? []).sorted { lhs, rhs in
        lhs.period != rhs.period ? lhs.period < rhs.period : lhs.line < rhs.line
      }
      return result(for: measure, points: points, at: period, placement: placement)
    }
    return rollUp(graph: graph, results: results, period: period, periodWasGiven: periodWasGiven)
  }

  static func result(
    for measure: Measure, points: [MeasureDataPoint], at period: Period, placement: Placement
  ) -> MeasureResult {
    let history = points.map { point in
      MeasureHistoryPoint(
        period: point.period, value: point.value,
        status: judge(point.value, target: measure.target, warning: measure.warning), note: point.note)
    }
    let (process, megaprocess) = placement.of(measure)
    let latest = history.last
    let status: MeasureStatus
    if let latest {
      status =
        Staleness.isStale(latest: latest.period, evaluated: period, frequency: measure.frequency)
        ? .stale : latest.status
    } else {
      status = .noData
    }
    let trend = Trend.of(history.map(\.value), direction: measure.direction, target: measure.target)
    return MeasureResult(
      measure: measure, process: process, megaprocess: megaprocess, status: status, latest: latest,
      trend: trend, history: history)
  }

  static func rollUp(
    graph: ProcessGraph, results: [MeasureResult], period: Period, periodWasGiven: Bool
  ) -> MeasureReport {
    func summary(_ level: StatusRollUp.Level, _ id: String, _ title: String, _ members: [MeasureResult])
      -> StatusRollUp
    {
      var counts: [MeasureStatus: Int] = [:]
      for member in members { counts[member.status, default: 0] += 1 }
      return StatusRollUp(level: level, id: id, title: title, measures: members.map(\.id), counts: counts)
    }
    var processMembers: [String: [MeasureResult]] = [:]
    var megaprocessMembers: [String: [MeasureResult]] = [:]
    for result in results {
      if let process = result.process { processMembers[process, default: []].append(result) }
      if let megaprocess = result.megaprocess { megaprocessMembers[megaprocess, default: []].append(result) }
    }
    let processes = graph.processes.compactMap { process -> StatusRollUp? in
      let members = processMembers[process.id] ?? []
      return members.isEmpty ? nil : summary(.process, process.id, process.title, members)
    }
    let megaprocesses = graph.megaprocesses.compactMap { megaprocess -> StatusRollUp? in
      let members = megaprocessMembers[megaprocess.id] ?? []
      return members.isEmpty ? nil : summary(.megaprocess, megaprocess.id, megaprocess.title, members)
    }
    let goals = graph.goals.compactMap { goal -> StatusRollUp? in
      let serving = Set(graph.megaprocesses.filter { $0.goals.contains(goal.id) }.map(\.id))
      let members = results.filter { result in result.megaprocess.map { serving.contains($0) } ?? false }
      return members.isEmpty ? nil : summary(.goal, goal.id, goal.title, members)
    }
    let organisation = summary(
      .organisation, graph.organisation?.id ?? "organisation", graph.organisation?.title ?? "Organisation", results)
    return MeasureReport(
      period: period, periodWasGiven: periodWasGiven, measures: results, processes: processes,
      megaprocesses: megaprocesses, goals: goals, organisation: organisation)
  }
}

/// Where each measure rolls up: its process and mega-process.
struct Placement {
  let processMegaprocess: [String: String]
  let relationClient: [String: String]

  init(graph: ProcessGraph) {
    var processMegaprocess: [String: String] = [:]
    for process in graph.processes {
      if let megaprocess = process.megaprocess { processMegaprocess[process.id] = megaprocess }
    }
    var relationClient: [String: String] = [:]
    for relation in graph.relations {
      if let client = relation.client { relationClient[relation.id] = client }
    }
    self.processMegaprocess = processMegaprocess
    self.relationClient = relationClient
  }

  func of(_ measure: Measure) -> (process: String?, megaprocess: String?) {
    switch measure.scope {
    case .process(let process): (process, processMegaprocess[process])
    case .megaprocess(let megaprocess): (nil, megaprocess)
    case .relation(let relation):
      relationClient[relation].map { ($0, processMegaprocess[$0]) } ?? (nil, nil)
    }
  }
}
