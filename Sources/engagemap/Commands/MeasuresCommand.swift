import ArgumentParser
import EngageLanguage
import EngageMeasures
import EngageModel
import EngageSite

/// `engagemap measures MODEL --data CSV [--period P] [--format F] [-o FILE]`: checks a model's
/// measures against data and reports statuses, trends and roll-ups.
struct MeasuresCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "measures",
    abstract: "Check a model's measures against data: statuses, trends and roll-ups.",
    discussion: """
      The data file is CSV with a header row naming the columns measure, period and value \
      (and optionally note), in any order. Periods are months (2026-10), quarters (2026-Q3), \
      ISO weeks (2026-W41) or years (2026). Rows that cannot be used are reported with their \
      line (EM0401–EM0410) on standard error; the other rows are still evaluated.
      Each measure is met, warning (inside its warning band), missed, stale (its latest value \
      is more than one period of its frequency behind) or no data, and statuses roll up to \
      processes, mega-processes, goals and the organisation (worst first).
      Exit status: 0 no measure missed its target; 1 a measure missed its target, or the model \
      has errors; 2 unusable input (no data file, no usable rows, an unknown --period) or I/O \
      failure.
      """
  )

  /// The report formats.
  enum FormatChoice: String, ExpressibleByArgument, CaseIterable {
    case text, markdown, html, json, csv
  }

  @Argument(help: "A .engage file or a directory of .engage files.")
  var model: String

  @Option(help: "Measure data (CSV: measure,period,value[,note]).")
  var data: String

  @Option(help: "The period to evaluate, e.g. 2026-10, 2026-Q3, 2026-W41 or 2026 (default: latest in the data).")
  var period: String?

  @Option(help: "Report format: text, markdown, html, json or csv.")
  var format: FormatChoice = .text

  @Option(name: [.short, .customLong("output")], help: "Write the report to this file instead of standard output.")
  var output: String?

  func run() throws {
    let evaluated: Period?
    do {
      evaluated = try MeasureEvaluation.parsePeriod(period)
    } catch {
      throw ExitStatus.failure(error.message)
    }
    let graph = try ModelSession.loadChecked(path: model, runRules: false)
    let report: MeasureReport
    do {
      let dataSet = try MeasureDataReader.read(path: data, measures: graph.measures)
      ModelSession.printDiagnostics(dataSet.diagnostics)
      report = try MeasureEvaluation.report(graph: graph, data: dataSet, period: evaluated)
    } catch {
      throw ExitStatus.failure(error.message)
    }

    let text: String
    switch format {
    case .text: text = TextReport.render(report, colour: output == nil && TerminalColour.isEnabled(for: .output))
    case .markdown: text = MarkdownReport.render(report)
    case .json: text = JSONReport.render(report)
    case .csv: text = CSVReport.render(report)
    case .html: text = MeasureReportPage.html(report, graph: graph)
    }
    if let output {
      do {
        try AtomicFile.write(text, to: output)
      } catch {
        throw ExitStatus.failure("cannot write \(output): \(error.localizedDescription)")
      }
    } else {
      StandardStream.output.write(text)
    }
    if report.hasMissed { throw ExitCode(ExitStatus.modelFailure) }
  }
}
