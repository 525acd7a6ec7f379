import EngageGraphviz
import EngageLanguage
import EngageMeasures
import EngageModel
import Foundation
import Testing

@testable import EngageViews

/// Maps print numbers, units and thresholds with `MeasureText`, as the reports do, and escape
/// text with `MarkupEscaping`, as the HTML report does.
@Suite struct MapsAndReportsShareTextTests {
  static let model = """
    organisation o "O" { purpose "Purpose" }
    role nurse "Nurse" { kind clinician }
    process p "Visits" {
      kind main
      owner nurse
      start s "Start"
      step visit "Visit the patient" by nurse { duration 1.125 hours }
      end e "End"
      s -> visit -> e
      measure visit_hours "Time spent\\u{0B} with the patient \\u{FFFE}" {
        unit hours
        target between 2 and 8.125
        frequency monthly
      }
      measure waiting "Waiting time" {
        unit minutes
        target <= 0.333
      }
    }
    """

  static func graph() throws -> ProcessGraph {
    let text = model.replacingOccurrences(of: "\\u{0B}", with: "\u{0B}").replacingOccurrences(of: "\\u{FFFE}", with: "\u{FFFE}")
    return try ViewFixtures.graph(text)
  }

  @Test func mapsPrintThresholdsAndDurationsAsTheReportsDo() throws {
    let graph = try Self.graph()
    let data = MeasureDataReader.read(
      SourceFile(path: "data.csv", text: "measure,period,value\nvisit_hours,2026-10,2.5\nwaiting,2026-10,0.25\n"),
      measures: graph.measures)
    let report = try MeasureEvaluation.report(graph: graph, data: data, period: nil)
    let markdown = MarkdownReport.render(report)
    let text = TextReport.render(report)
    let measuresMap = MeasuresView.make(graph).dot
    let processMap = try #require(ProcessMapView.make(graph, process: "p")).dot
    for (target, plain) in [("between 2 and 8.13 hours", "between 2 and 8.13 hours"), ("≤ 0.33 minutes", "<= 0.33 minutes")] {
      #expect(markdown.contains("| \(target) |"))
      #expect(text.contains(plain))
      #expect(measuresMap.contains("target \(target)"))
      #expect(processMap.contains("target \(target)"))
    }
    #expect(processMap.contains("duration 1.13 hours"))
    #expect(!measuresMap.contains(" h,") && !measuresMap.contains(" min,") && !measuresMap.contains("–8"))
  }

  /// A title with a control character and a noncharacter (U+FFFE, which made Graphviz's
  /// HTML-label parser fail) renders, with U+FFFD in their place, as in the reports.
  @Test func unrepresentableCharactersBecomeReplacementCharactersEverywhere() throws {
    let graph = try Self.graph()
    let processMap = try #require(ProcessMapView.make(graph, process: "p"))
    let svg = try SVGText.parse(Data(try Graphviz.render(dot: processMap.dot, format: .svg)))
    #expect(svg.text.joined(separator: " ").contains("Time spent\u{FFFD} with the patient \u{FFFD}"))
    let data = MeasureDataReader.read(
      SourceFile(path: "data.csv", text: "measure,period,value\nwaiting,2026-10,0.25\n"), measures: graph.measures)
    let report = try MeasureEvaluation.report(graph: graph, data: data, period: nil)
    #expect(MarkdownReport.render(report).contains("Time spent\u{FFFD} with the patient \u{FFFD}"))
  }
}
