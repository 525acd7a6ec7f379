import CSV
import Foundation

/// The measures report as CSV, one row per measure, for spreadsheets.
public enum CSVReport {
  public static let header = [
    "period", "measure", "title", "process", "megaprocess", "unit", "target", "warning", "value",
    "value_period", "status", "trend", "note",
  ]

  public static func render(_ report: MeasureReport) -> String {
    var rows = [header]
    for result in report.measures {
      let measure = result.measure
      rows.append([
        report.period.description, result.id, measure.title, result.process ?? "", result.megaprocess ?? "",
        measure.unit?.rawValue ?? "", measure.target.map { ReportText.threshold($0) } ?? "",
        measure.warning.map { ReportText.threshold($0) } ?? "", result.value.map(ReportNumber.format) ?? "",
        result.valuePeriod?.description ?? "", result.status.rawValue, result.trend?.rawValue ?? "",
        result.latest?.note ?? "",
      ])
    }
    return write(rows)
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
