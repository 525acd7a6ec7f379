import EngageLanguage
import EngageModel

/// The measures report as JSON, written by the `JSONValue` convention (sorted keys, two-space
/// indentation); absent values are left out. The same bytes for the same model and data.
public enum JSONReport {
  public static func render(_ report: MeasureReport) -> String {
    JSONValue.fields([
      "period": .string(report.period.description),
      "periodSource": .string(report.periodWasGiven ? "given" : "latest"),
      "missed": .bool(report.hasMissed),
      "dataProblems": report.dataProblems.isEmpty ? nil : JSONValue.array(report.dataProblems.map(dataProblem)),
      "measures": .array(report.measures.map(measure)),
      "rollUps": .fields([
        "organisation": rollUp(report.organisation),
        "goals": .array(report.goals.map(rollUp)),
        "megaprocesses": .array(report.megaprocesses.map(rollUp)),
        "processes": .array(report.processes.map(rollUp)),
      ]),
    ]).rendered()
  }

  static func measure(_ result: MeasureResult) -> JSONValue {
    let measure = result.measure
    let scope = ReportText.scope(measure.scope)
    return .fields([
      "id": .string(result.id),
      "title": .string(measure.title),
      "scope": .fields(["kind": .string(scope.kind), "id": .string(scope.id)]),
      "process": result.process.map(JSONValue.string),
      "megaprocess": result.megaprocess.map(JSONValue.string),
      "unit": measure.unit.map { .string($0.rawValue) },
      "frequency": measure.frequency.map { .string($0.rawValue) },
      "direction": measure.direction.map { .string($0.rawValue) },
      "target": measure.target.map { .string(MeasureText.threshold($0)) },
      "warning": measure.warning.map { .string(MeasureText.threshold($0)) },
      "status": .string(result.status.rawValue),
      "value": result.value.map(JSONValue.number),
      "valuePeriod": result.valuePeriod.map { .string($0.description) },
      "note": (result.latest?.note).map(JSONValue.string),
      "trend": result.trend.map { .string($0.rawValue) },
      "history": .array(
        result.history.map { point in
          .fields([
            "period": .string(point.period.description),
            "value": .number(point.value),
            "status": .string(point.status.rawValue),
            "note": point.note.map(JSONValue.string),
          ])
        }),
    ])
  }

  /// A data file diagnostic: code, severity, file, line and column (absent for `EM0410`),
  /// message.
  static func dataProblem(_ problem: Diagnostic) -> JSONValue {
    let start = problem.range?.startLocation
    return .fields([
      "code": .string(problem.code.rawValue),
      "severity": .string(problem.severity.rawValue),
      "file": problem.range.map { .string($0.file.path) },
      "line": start.map { .int($0.line) },
      "column": start.map { .int($0.column) },
      "message": .string(problem.message),
    ])
  }

  static func rollUp(_ rollUp: StatusRollUp) -> JSONValue {
    var counts: [String: JSONValue] = [:]
    for (status, count) in rollUp.orderedCounts { counts[status.rawValue] = .int(count) }
    return .fields([
      "id": .string(rollUp.id),
      "title": .string(rollUp.title),
      "status": rollUp.status.map { .string($0.rawValue) },
      "counts": .object(counts),
      "measures": .array(rollUp.measures.map(JSONValue.string)),
    ])
  }
}
