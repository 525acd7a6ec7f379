import EngageLanguage

/// The measures report for a terminal: aligned tables of measures and roll-ups. Statuses carry
/// a symbol, so the table reads without colour; with `colour` they are also coloured (ANSI).
/// Every cell is terminal-safe: a control or bidirectional character in it is shown as an escape
/// (`TerminalText`), and the columns are aligned on what is shown.
public enum TextReport {
  public static func render(_ report: MeasureReport, colour: Bool = false) -> String {
    var lines = ["Measures — \(ReportText.periodLine(report))", ""]
    let header = ["MEASURE", "PROCESS", "TARGET", "VALUE", "PERIOD", "STATUS", "TREND"]
    let rows = report.measures.map { result -> [String] in
      [
        result.id, result.process ?? result.megaprocess ?? "—",
        ReportText.threshold(result.measure.target, unit: result.measure.unit, style: .plain),
        ReportText.value(result.value, unit: result.measure.unit),
        result.valuePeriod?.description ?? "—",
        result.status.labelWithSymbol, ReportText.trend(result.trend),
      ]
    }
    lines += table(header: header, rows: rows, statusColumn: 5, statuses: report.measures.map(\.status), colour: colour)
    lines.append("")
    let rollUps = ReportText.rollUpRows(report)
    let rollUpHeader = ["LEVEL", "ID", "STATUS"] + MeasureStatus.allCases.map { $0.rawValue.uppercased() }
    let rollUpRows = rollUps.map { rollUp -> [String] in
      [rollUp.level.rawValue, rollUp.id, rollUp.status?.labelWithSymbol ?? "—"]
        + rollUp.orderedCounts.map { "\($0.count)" }
    }
    lines += table(
      header: rollUpHeader, rows: rollUpRows, statusColumn: 2, statuses: rollUps.map { $0.status }, colour: colour,
      rightAligned: Set(3..<rollUpHeader.count))
    lines.append("")
    let missed = report.organisation.counts[.missed] ?? 0
    lines.append(
      missed == 0
        ? "No measure missed its target."
        : "\(missed) measure\(missed == 1 ? "" : "s") missed \(missed == 1 ? "its target" : "their targets").")
    if !report.dataProblems.isEmpty {
      lines += ["", ReportText.dataProblemsHeading(report) + ":"]
      for problem in report.dataProblems {
        lines.append(
          "  " + TerminalText.escaped(
            "\(ReportText.location(problem)): \(problem.severity.rawValue) [\(problem.code)] \(problem.message)"))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func table(
    header: [String], rows rawRows: [[String]], statusColumn: Int, statuses: [MeasureStatus?], colour: Bool,
    rightAligned: Set<Int> = []
  ) -> [String] {
    let rows = rawRows.map { $0.map { TerminalText.escaped($0) } }
    var widths = header.map(\.count)
    for row in rows {
      for (index, cell) in row.enumerated() where index < widths.count { widths[index] = max(widths[index], cell.count) }
    }
    func line(_ cells: [String], status: MeasureStatus?) -> String {
      var parts: [String] = []
      for (index, cell) in cells.enumerated() {
        let padding = String(repeating: " ", count: max(0, widths[index] - cell.count))
        var text = rightAligned.contains(index) ? padding + cell : cell + padding
        if colour, index == statusColumn, let status { text = Self.terminalStyle(status).paint(text) }
        parts.append(text)
      }
      return trimTrailingSpaces(parts.joined(separator: "  "))
    }
    var lines = [line(header, status: nil)]
    for (index, row) in rows.enumerated() {
      lines.append(line(row, status: index < statuses.count ? statuses[index] : nil))
    }
    return lines
  }

  /// Terminal colours for statuses: blue for met and orange for missed (distinguishable with
  /// the common colour-vision deficiencies), yellow warning, magenta stale, dim no data.
  static func terminalStyle(_ status: MeasureStatus) -> TerminalStyle {
    switch status {
    case .met: .blue
    case .warning: .yellow
    case .missed: .boldOrange
    case .stale: .magenta
    case .noData: .dim
    }
  }

  static func trimTrailingSpaces(_ text: String) -> String {
    var result = text
    while result.hasSuffix(" ") { result.removeLast() }
    return result
  }
}
