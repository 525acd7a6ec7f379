import EngageGraphviz
import Foundation
import EngageMeasures
import EngageModel
import EngageViews
import Mustache

/// The measures report as one standalone HTML page: a status summary, the status-coloured
/// measures map as inline SVG, a table of measures with a trend chart each, and the roll-ups.
public enum MeasureReportPage {
  /// The page with the measures map drawn through Graphviz; when Graphviz fails the page
  /// says why in place of the map.
  public static func html(_ report: MeasureReport, graph: ProcessGraph) -> String {
    do {
      return html(report, graph: graph, mapSVG: try measuresMapSVG(graph: graph, report: report), mapProblem: nil)
    } catch {
      return html(report, graph: graph, mapSVG: nil, mapProblem: "\(error)")
    }
  }

  /// The measures view coloured by the report's statuses, rendered to SVG, ready to inline
  /// (the XML declaration and doctype removed).
  public static func measuresMapSVG(graph: ProcessGraph, report: MeasureReport) throws -> String {
    let view = MeasuresView.make(graph, options: ViewOptions(snapshot: report.snapshot))
    let bytes = try Graphviz.render(dot: view.dot, format: .svg)
    return inlineSVG(String(decoding: bytes, as: UTF8.self))
  }

  /// The page with a given map (or none, with the reason).
  public static func html(_ report: MeasureReport, graph: ProcessGraph, mapSVG: String?, mapProblem: String?) -> String {
    MarkupContentType.register()
    guard let template = try? MustacheTemplate(string: MeasureReportTemplate.page) else {
      return "<!DOCTYPE html><title>measures</title><p>The report template does not parse.</p>\n"
    }
    return template.render(context(report, graph: graph, mapSVG: mapSVG, mapProblem: mapProblem))
  }

  static func inlineSVG(_ svg: String) -> String {
    guard let start = svg.range(of: "<svg") else { return svg }
    return String(svg[start.lowerBound...]).trimmingCharacters(in: .whitespacesAndNewlines)
  }

  static func context(_ report: MeasureReport, graph: ProcessGraph, mapSVG: String?, mapProblem: String?) -> [String: Any] {
    let processTitles = Dictionary(graph.processes.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    let megaprocessTitles = Dictionary(
      graph.megaprocesses.map { ($0.id, $0.title) }, uniquingKeysWith: { first, _ in first })
    let measures: [[String: Any]] = report.measures.map { result in
      let measure = result.measure
      let place =
        result.process.map { processTitles[$0] ?? $0 } ?? result.megaprocess.map { megaprocessTitles[$0] ?? $0 } ?? "—"
      var row: [String: Any] = [
        "id": measure.id, "title": measure.title, "process": place,
        "target": ReportText.threshold(measure.target, unit: measure.unit, style: .typographic),
        "warning": ReportText.threshold(measure.warning, unit: measure.unit, style: .typographic),
        "value": ReportText.value(result.value, unit: measure.unit),
        "valuePeriod": result.valuePeriod?.description ?? "—",
        "status": result.status.labelWithSymbol, "statusClass": StatusClass.name(result.status),
        "trend": ReportText.trend(result.trend), "chart": TrendChart.svg(result),
      ]
      if let note = result.latest?.note { row["note"] = note }
      return row
    }
    let rollUps: [[String: Any]] = ReportText.rollUpRows(report).map { rollUp in
      [
        "level": rollUp.level.rawValue, "id": rollUp.id, "title": rollUp.title,
        "status": rollUp.status?.labelWithSymbol ?? "—",
        "statusClass": rollUp.status.map(StatusClass.name) ?? "no-data",
        "counts": rollUp.orderedCounts.map { String($0.count) },
      ]
    }
    let summary: [[String: Any]] = report.organisation.orderedCounts.map { entry in
      ["label": entry.status.labelWithSymbol, "count": String(entry.count), "statusClass": StatusClass.name(entry.status)]
    }
    var context: [String: Any] = [
      "title": graph.organisation?.title ?? "EngageMap model",
      "period": report.period.description,
      "periodLine": ReportText.periodLine(report),
      "organisationLabel": "Overall: " + (report.organisation.status?.labelWithSymbol ?? "no measures"),
      "organisationClass": report.organisation.status.map(StatusClass.name) ?? "no-data",
      "summary": summary,
      "measures": measures,
      "rollUps": rollUps,
      "statusNames": MeasureStatus.allCases.map { $0.labelWithSymbol },
      "mapProblem": mapProblem ?? "no map was given",
      "colours": PageTheme.context,
      "statusClasses": MeasureStatus.allCases.map(StatusClass.name),
    ]
    if let mapSVG { context["map"] = mapSVG }
    if !report.dataProblems.isEmpty {
      context["dataProblemsHeading"] = ReportText.dataProblemsHeading(report)
      context["dataProblems"] = report.dataProblems.map { problem -> [String: Any] in
        [
          "location": ReportText.location(problem), "severity": problem.severity.rawValue,
          "code": problem.code.rawValue, "message": problem.message,
        ]
      }
    }
    return context
  }
}
