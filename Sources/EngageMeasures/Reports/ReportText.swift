import EngageLanguage
import EngageModel

/// What the measures reports share beyond `MeasureText` (which writes every number, value and
/// threshold): `—` for what is missing, trends, scopes, the period line and the roll-up rows.
public enum ReportText {
  /// What a report prints for a value, threshold or trend it does not have.
  public static let missing = "—"

  /// A threshold with its unit (`>= 80 %`, `≥ 80 %` when typographic), or `—`.
  public static func threshold(_ threshold: Threshold?, unit: MeasureUnit?, style: MeasureText.Style) -> String {
    threshold.map { MeasureText.threshold($0, unit: unit, style: style) } ?? missing
  }

  /// A value with its unit (`82.5 %`, `3 days`), or `—`.
  public static func value(_ value: Double?, unit: MeasureUnit?) -> String {
    value.map { MeasureText.value($0, unit: unit) } ?? missing
  }

  /// `improving`, `worsening`, `steady`, or `—` when there is no trend.
  public static func trend(_ trend: Trend?) -> String { trend?.rawValue ?? missing }

  /// Where a measure is declared, as `process planning`, `megaprocess care`, `relation handover`.
  public static func scope(_ scope: MeasureScope) -> (kind: String, id: String) {
    switch scope {
    case .process(let id): ("process", id)
    case .megaprocess(let id): ("megaprocess", id)
    case .relation(let id): ("relation", id)
    }
  }

  /// The line under a report's title: which period, and why.
  public static func periodLine(_ report: MeasureReport) -> String {
    report.periodWasGiven
      ? "Period \(report.period) (as requested)"
      : "Period \(report.period) (the latest period in the data)"
  }

  /// The value's period when it is not the evaluated one: `2026-09`; empty otherwise.
  public static func valuePeriodNote(_ result: MeasureResult, report: MeasureReport) -> String {
    guard let period = result.valuePeriod, period != report.period else { return "" }
    return period.description
  }

  /// The rows of roll-ups in report order: organisation, goals, mega-processes, processes.
  public static func rollUpRows(_ report: MeasureReport) -> [StatusRollUp] {
    [report.organisation] + report.goals + report.megaprocesses + report.processes
  }

  /// Where a data problem is, as `path:line:column`, or the file alone for one without a place
  /// (`EM0410`, which counts the problems not shown).
  public static func location(_ problem: Diagnostic) -> String {
    problem.range.map(\.description) ?? "(data file)"
  }

  /// The heading of the data problems section, with how many errors and warnings it lists.
  public static func dataProblemsHeading(_ report: MeasureReport) -> String {
    let errors = report.dataProblems.filter { $0.severity == .error }.count
    let others = report.dataProblems.count - errors
    var parts: [String] = []
    if errors > 0 { parts.append("\(errors) error\(errors == 1 ? "" : "s")") }
    if others > 0 { parts.append("\(others) warning\(others == 1 ? "" : "s")") }
    let rows = errors == 0 ? "" : "; rows with errors were not evaluated"
    return "Data problems (\(parts.joined(separator: ", "))\(rows))"
  }
}
