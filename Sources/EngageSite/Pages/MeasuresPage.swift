import EngageMeasures
import EngageModel

/// `measures.html`: with data, the measures report as `measures --format html` shows it (the
/// status-coloured map, every measure with its value, status and trend chart, the roll-ups),
/// each measure's place linked to its page; without data, the measures declared and the
/// measures map.
enum MeasuresPage {
  static func make(_ site: SiteModel) throws(SiteTemplateError) -> SitePage {
    let rows = PageRows(site: site, links: PageLinks(page: SitePath.measures))
    let map = rows.map(
      "measures", label: "Measures map", caption: "Goal → mega-process → process → measure.")
    guard let report = site.report else {
      let measures = site.graph.measures
      let inProcesses = measures.count { if case .process = $0.scope { true } else { false } }
      let inMegaprocesses = measures.count { if case .megaprocess = $0.scope { true } else { false } }
      let summary =
        TemplateValue.counted(measures.count, "measure") + ": \(inProcesses) in processes, "
        + "\(inMegaprocesses) in mega-processes, \(measures.count - inProcesses - inMegaprocesses) in relations."
      let context: [String: Any] = [
        "summary": summary, "map": map, "hasMeasures": !measures.isEmpty,
        "measureRows": measures.map { rows.measureRow($0) }, "showPlace": true, "withData": false,
      ]
      return SitePage(
        path: SitePath.measures, title: "Measures", section: .measures, template: "declaredMeasures", context: context)
    }
    let svg = (map as? [String: Any])?["svg"] as? String
    var reportContext = MeasureReportPage.context(
      report, graph: site.graph, mapSVG: svg, mapProblem: svg == nil ? "it was not rendered" : nil)
    if let measures = reportContext["measures"] as? [[String: Any]] {
      reportContext["measures"] = zip(measures, report.measures).map { row, result in
        var row = row
        row["placeHref"] = placeHref(result, rows: rows)
        return row
      }
    }
    let context: [String: Any] = [
      "report": try SiteTemplates.render("measureReport", reportContext),
      "hasDataDiagnostics": !site.dataDiagnostics.isEmpty,
      "dataDiagnosticsLine": "The data file has " + PageRows.summary(of: site.dataDiagnostics)
        + ": rows with an error were not used.",
    ]
    return SitePage(
      path: SitePath.measures, title: "Measures", section: .measures, template: "reportMeasures", context: context)
  }

  /// The page of the process or mega-process a measure result rolls up to.
  private static func placeHref(_ result: MeasureResult, rows: PageRows) -> Any {
    if let process = result.process, rows.site.process(process) != nil { return rows.links.process(process) }
    if let megaprocess = result.megaprocess, rows.site.megaprocess(megaprocess) != nil {
      return rows.links.megaprocess(megaprocess)
    }
    return Absent()
  }
}
