import EngageLanguage

/// The measures report as GitHub-flavoured Markdown: a measures table and a roll-up table.
public enum MarkdownReport {
  public static func render(_ report: MeasureReport) -> String {
    var lines = ["# Measures — \(report.period)", "", "\(ReportText.periodLine(report)).", ""]
    lines.append("| Measure | Title | Process | Target | Warning | Value | Value period | Status | Trend |")
    lines.append("| --- | --- | --- | --- | --- | ---: | --- | --- | --- |")
    for result in report.measures {
      let measure = result.measure
      let cells = [
        "`\(result.id)`", measure.title, result.process ?? result.megaprocess ?? "—",
        ReportText.threshold(measure.target, unit: measure.unit, style: .typographic),
        ReportText.threshold(measure.warning, unit: measure.unit, style: .typographic),
        ReportText.value(result.value, unit: measure.unit), result.valuePeriod?.description ?? "—",
        result.status.labelWithSymbol, ReportText.trend(result.trend),
      ]
      lines.append(row(cells))
    }
    lines += ["", "## Roll-ups", ""]
    let statuses = MeasureStatus.allCases.map { $0.rawValue.prefix(1).uppercased() + $0.rawValue.dropFirst() }
    lines.append(row(["Level", "Id", "Title", "Status"] + statuses))
    lines.append(row(["---", "---", "---", "---"] + statuses.map { _ in "---:" }))
    for rollUp in ReportText.rollUpRows(report) {
      lines.append(
        row(
          [rollUp.level.rawValue, "`\(rollUp.id)`", rollUp.title, rollUp.status?.labelWithSymbol ?? "—"]
            + rollUp.orderedCounts.map { "\($0.count)" }))
    }
    let notes = report.measures.compactMap { result -> String? in
      guard let note = result.latest?.note else { return nil }
      return "- `\(result.id)` (\(result.valuePeriod?.description ?? "")): \(cell(note))"
    }
    if !notes.isEmpty { lines += ["", "## Notes", ""] + notes }
    if !report.dataProblems.isEmpty {
      lines += ["", "## \(ReportText.dataProblemsHeading(report))", ""]
      lines.append(row(["Where", "Severity", "Code", "Message"]))
      lines.append(row(["---", "---", "---", "---"]))
      for problem in report.dataProblems {
        lines.append(
          row([ReportText.location(problem), problem.severity.rawValue, problem.code.rawValue, problem.message]))
      }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func row(_ cells: [String]) -> String {
    "| " + cells.map(cell).joined(separator: " | ") + " |"
  }

  /// A table cell: pipes escaped, each line break (LF, CR or CRLF) as a space, and the rest
  /// through `MarkupEscaping`, so that no text from a model or data file can become HTML.
  static func cell(_ text: String) -> String {
    var result = ""
    var previous: Unicode.Scalar?
    for scalar in text.unicodeScalars {
      switch scalar {
      case "|": result += "\\|"
      case "\n" where previous == "\r": break
      case "\n", "\r": result += " "
      default: MarkupEscaping.append(scalar, to: &result, in: .text)
      }
      previous = scalar
    }
    return result
  }
}
