import EngageLanguage
import EngageModel
import Foundation

/// The measures report as JSON: sorted keys, two-space indentation, absent values omitted;
/// the same bytes for the same model and data.
public enum JSONReport {
  public static func render(_ report: MeasureReport) -> String {
    let encoder = JSONEncoder()
    encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
    guard let data = try? encoder.encode(Document(report)) else { return "{}\n" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }

  struct Document: Encodable {
    let period: String
    let periodSource: String
    let missed: Bool
    let measures: [MeasureEntry]
    let rollUps: RollUps

    init(_ report: MeasureReport) {
      period = report.period.description
      periodSource = report.periodWasGiven ? "given" : "latest"
      missed = report.hasMissed
      measures = report.measures.map(MeasureEntry.init)
      rollUps = RollUps(
        organisation: RollUpEntry(report.organisation), goals: report.goals.map(RollUpEntry.init),
        megaprocesses: report.megaprocesses.map(RollUpEntry.init), processes: report.processes.map(RollUpEntry.init))
    }
  }

  struct MeasureEntry: Encodable {
    let id: String
    let title: String
    let scope: [String: String]
    let process: String?
    let megaprocess: String?
    let unit: String?
    let frequency: String?
    let direction: String?
    let target: String?
    let warning: String?
    let status: String
    let value: Double?
    let valuePeriod: String?
    let note: String?
    let trend: String?
    let history: [HistoryEntry]

    init(_ result: MeasureResult) {
      let measure = result.measure
      let scope = ReportText.scope(measure.scope)
      id = result.id
      title = measure.title
      self.scope = ["kind": scope.kind, "id": scope.id]
      process = result.process
      megaprocess = result.megaprocess
      unit = measure.unit?.rawValue
      frequency = measure.frequency?.rawValue
      direction = measure.direction?.rawValue
      target = measure.target.map { MeasureText.threshold($0) }
      warning = measure.warning.map { MeasureText.threshold($0) }
      status = result.status.rawValue
      value = result.value
      valuePeriod = result.valuePeriod?.description
      note = result.latest?.note
      trend = result.trend?.rawValue
      history = result.history.map(HistoryEntry.init)
    }
  }

  struct HistoryEntry: Encodable {
    let period: String
    let value: Double
    let status: String
    let note: String?

    init(_ point: MeasureHistoryPoint) {
      period = point.period.description
      value = point.value
      status = point.status.rawValue
      note = point.note
    }
  }

  struct RollUps: Encodable {
    let organisation: RollUpEntry
    let goals: [RollUpEntry]
    let megaprocesses: [RollUpEntry]
    let processes: [RollUpEntry]
  }

  struct RollUpEntry: Encodable {
    let id: String
    let title: String
    let status: String?
    let counts: [String: Int]
    let measures: [String]

    init(_ rollUp: StatusRollUp) {
      id = rollUp.id
      title = rollUp.title
      status = rollUp.status?.rawValue
      var counts: [String: Int] = [:]
      for (status, count) in rollUp.orderedCounts { counts[status.rawValue] = count }
      self.counts = counts
      measures = rollUp.measures
    }
  }
}
