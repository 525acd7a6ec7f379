import CSV
import EngageLanguage
import EngageModel
import Foundation

/// The measures report as CSV, one row per measure, for spreadsheets.
public enum CSVReport {
  public static let header = [
    "period", "measure", "title", "process", "megaprocess", "unit", "target", "warning", "value",
    "value_period", "status", "trend", "note",
  ]

  /// The header of the data problems table, which follows the measures table after one empty
  /// line when the data file has problems.
  public static let problemsHeader = ["problem", "file", "line", "column", "severity", "code", "message"]

  public static func render(_ report: MeasureReport) -> String {
    var rows = [header]
    for result in report.measures { rows.append(row(result, period: report.period)) }
    guard !report.dataProblems.isEmpty else { return write(rows) }
    var problems = [problemsHeader]
    for (index, problem) in report.dataProblems.enumerated() {
      let start = problem.range?.startLocation
      problems.append([
        String(index + 1), problem.range.map { TerminalText.escaped($0.file.path) } ?? "",
        start.map { String($0.line) } ?? "", start.map { String($0.column) } ?? "",
        problem.severity.rawValue, problem.code.rawValue, problem.message,
      ])
    }
    return write(rows) + "\n" + write(problems)
  }

  static func row(_ result: MeasureResult, period: Period) -> [String] {
    let measure = result.measure
    var cells: [String] = []
    cells.append(period.description)
    cells.append(result.id)
    cells.append(measure.title)
    cells.append(result.process ?? "")
    cells.append(result.megaprocess ?? "")
    cells.append(measure.unit?.rawValue ?? "")
    cells.append(measure.target.map { MeasureText.threshold($0) } ?? "")
    cells.append(measure.warning.map { MeasureText.threshold($0) } ?? "")
    cells.append(result.value.map(MeasureText.number) ?? "")
    cells.append(result.valuePeriod?.description ?? "")
    cells.append(result.status.rawValue)
    cells.append(result.trend?.rawValue ?? "")
    cells.append((result.latest?.note).map { TerminalText.escaped($0, keepingLineBreaks: true) } ?? "")
    return cells
  }

  static func write(_ rows: [[String]]) -> String {
    guard let writer = try? CSVWriter(stream: .toMemory()) else { return "" }
    for row in rows {
      do { try writer.write(row: row) } catch { return "" }
    }
    writer.stream.close()
    guard let data = writer.stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else { return "" }
    return String(decoding: data, as: UTF8.self) + "\n"
  }
}
