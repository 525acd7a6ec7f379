import ArgumentParser
import EngageMeasures
import EngageSite
import EngageWorkspace

/// `engagemap measures MODEL --data CSV [--period P] [--format F] [-o FILE]`: checks a model's
/// measures against data and reports statuses, trends and roll-ups.
struct MeasuresCommand: WorkspaceCommand {
  static let configuration = CommandConfiguration(
    commandName: "measures",
    abstract: "Check a model's measures against data: statuses, trends and roll-ups.",
    usage: "engagemap measures <model> --data <data> [--period <period>] [--format <format>] [--output <output>]",
    discussion: """
      The data file is CSV with a header row naming the columns measure, period and value \
      (and optionally note), in any order. The delimiter is read from the header: comma, \
      semicolon or tab. In a semicolon or tab file a value may use a decimal comma (82,5); in \
      a comma file only when quoted ("82,5"). Thousands separators are not accepted. Periods \
      are months (2026-10), quarters (2026-Q3), ISO weeks (2026-W41) or years (2026). Rows \
      that cannot be used are reported with their line (EM0401–EM0410) on standard error and \
      in the report, in every format; the other rows are still evaluated.
      --period P evaluates the data up to P: rows of later periods are ignored for statuses, \
      staleness, trends and charts.
      Each measure is met, warning (inside its warning band), missed, stale (its latest value \
      is more than one period of its frequency behind) or no data, and statuses roll up to \
      processes, mega-processes, goals and the organisation (worst first).
      Exit status: 0 no measure missed its target and every data row was usable; 1 a measure \
      missed its target, a data row has an error, or the model has errors; 2 unusable input (no data file, no usable rows, an unknown --period) or I/O \
      failure.
      """
  )

  /// The report formats.
  enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, html, json, csv
  }

  @OptionGroup var input: ModelInput

  @OptionGroup var measureData: MeasureDataOptions

  @Option(help: "Report format: text, markdown, html, json or csv.")
  var format: FormatChoice = .text

  @OptionGroup var output: OutputFileOption

  func validate() throws {
    if measureData.data == nil { throw ValidationError("Missing expected argument '--data <data>'") }
  }

  func execute(console: Console) throws -> CommandOutcome {
    guard let data = measureData.selection else { throw ValidationError("Missing expected argument '--data <data>'") }
    let outcome = try Workspace().measures(modelPath: input.model, data: data)
    console.printDiagnostics(outcome.diagnostics)
    let report = outcome.report
    let text: String
    switch format {
    case .text: text = TextReport.render(report, colour: output.output == nil && console.outputInColour)
    case .markdown: text = MarkdownReport.render(report)
    case .json: text = JSONReport.render(report)
    case .csv: text = CSVReport.render(report)
    case .html: text = MeasureReportPage.html(report, graph: outcome.model.graph)
    }
    if let path = output.output {
      try AtomicWriter(protecting: outcome.model.model, measureData: data.path).write(text, to: path)
    } else {
      try console.write(text)
    }
    let status = report.hasMissed || report.hasDataErrors ? ExitStatus.modelFailure : ExitStatus.success
    return CommandOutcome(status: status, keepingAlive: outcome)
  }
}
