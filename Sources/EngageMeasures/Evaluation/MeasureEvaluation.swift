import EngageLanguage
import EngageModel

/// Loads a data file and evaluates a model's measures in one call: what `render --data` and
/// the `measures` command use.
public enum MeasureEvaluation {
  /// The statuses for the views to colour, and the data file's diagnostics (bad rows).
  /// Throws when the data file is missing or unreadable, has no usable rows, or `period` is
  /// not a period.
  public static func snapshot(
    graph: ProcessGraph, dataPath: String, period: String?
  ) throws -> (StatusSnapshot, [Diagnostic]) {
    let (report, data) = try report(graph: graph, dataPath: dataPath, period: period)
    return (report.snapshot, data.diagnostics)
  }

  /// The full report and the data set it was computed from (its diagnostics included).
  public static func report(
    graph: ProcessGraph, dataPath: String, period: String?
  ) throws(MeasureInputError) -> (MeasureReport, MeasureDataSet) {
    let evaluated = try parsePeriod(period)
    let data = try MeasureDataReader.read(path: dataPath, measures: graph.measures)
    return (try report(graph: graph, data: data, period: evaluated), data)
  }

  /// Evaluates data already read; throws when it has no usable rows.
  public static func report(
    graph: ProcessGraph, data: MeasureDataSet, period: Period?
  ) throws(MeasureInputError) -> MeasureReport {
    guard !data.points.isEmpty else {
      let detail =
        data.diagnostics.contains { $0.code == MeasureDataCode.badHeader }
        ? "has no usable header (measure,period,value)"
        : data.rowCount == 0 ? "has no data rows" : "has no usable rows (\(data.rowCount) rejected)"
      throw MeasureInputError("\(data.file.path): the data file \(detail)", diagnostics: data.diagnostics)
    }
    var report = try MeasureEvaluator.evaluate(graph: graph, data: data.points, period: period)
    report.dataProblems = data.diagnostics
    return report
  }

  /// Parses `--period`; `nil` stays `nil` (the latest period in the data).
  public static func parsePeriod(_ text: String?) throws(MeasureInputError) -> Period? {
    guard let text else { return nil }
    do {
      return try Period(parsing: text)
    } catch {
      throw MeasureInputError("--period: \(error.message)")
    }
  }
}
