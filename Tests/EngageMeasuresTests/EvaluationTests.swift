import EngageLanguage
import EngageMeasures
import EngageModel
import Testing

@Suite struct EvaluationTests {
  @Test(arguments: [
    (Threshold.compare(.greaterOrEqual, 80), Threshold?.some(.compare(.greaterOrEqual, 70)), 85.0, MeasureStatus.met),
    (.compare(.greaterOrEqual, 80), .compare(.greaterOrEqual, 70), 80, .met),
    (.compare(.greaterOrEqual, 80), .compare(.greaterOrEqual, 70), 75, .warning),
    (.compare(.greaterOrEqual, 80), .compare(.greaterOrEqual, 70), 70, .warning),
    (.compare(.greaterOrEqual, 80), .compare(.greaterOrEqual, 70), 69.9, .missed),
    (.compare(.greaterOrEqual, 80), nil, 75, .missed),
    (.compare(.greater, 90), nil, 90, .missed),
    (.compare(.lessOrEqual, 2), .compare(.lessOrEqual, 4), 1.5, .met),
    (.compare(.lessOrEqual, 2), .compare(.lessOrEqual, 4), 3, .warning),
    (.compare(.lessOrEqual, 2), .compare(.lessOrEqual, 4), 5, .missed),
    (.compare(.less, 2), nil, 2, .missed),
    (.between(2, 5), .between(1, 6), 3, .met),
    (.between(2, 5), .between(1, 6), 5, .met),
    (.between(2, 5), .between(1, 6), 1.5, .warning),
    (.between(2, 5), .between(1, 6), 5.5, .warning),
    (.between(2, 5), .between(1, 6), 6.5, .missed),
    (.between(5, 2), nil, 3, .met),
    (.compare(.equal, 100), nil, 100, .met),
    (.compare(.equal, 100), .compare(.greaterOrEqual, 95), 99, .warning),
  ])
  func judgesAValueAgainstTargetAndWarningBand(
    target: Threshold, warning: Threshold?, value: Double, expected: MeasureStatus
  ) {
    #expect(MeasureEvaluator.judge(value, target: target, warning: warning) == expected)
  }

  @Test func aMeasureWithoutATargetCannotBeJudged() {
    #expect(MeasureEvaluator.judge(50, target: nil, warning: nil) == .noData)
  }

  struct StatusCase: Sendable, CustomTestStringConvertible {
    let name: String
    let target: Threshold
    let warning: Threshold?
    let rows: [(String, Double)]
    let expected: MeasureStatus
    var testDescription: String { name }
  }

  static let statusCases: [StatusCase] = [
    StatusCase(
      name: "up met", target: .compare(.greaterOrEqual, 80), warning: .compare(.greaterOrEqual, 70),
      rows: [("2026-10", 85)], expected: .met),
    StatusCase(
      name: "up warning", target: .compare(.greaterOrEqual, 80), warning: .compare(.greaterOrEqual, 70),
      rows: [("2026-10", 72)], expected: .warning),
    StatusCase(
      name: "up missed", target: .compare(.greaterOrEqual, 80), warning: .compare(.greaterOrEqual, 70),
      rows: [("2026-10", 60)], expected: .missed),
    StatusCase(
      name: "down met", target: .compare(.lessOrEqual, 2), warning: .compare(.lessOrEqual, 3),
      rows: [("2026-10", 1)], expected: .met),
    StatusCase(
      name: "down warning", target: .compare(.lessOrEqual, 2), warning: .compare(.lessOrEqual, 3),
      rows: [("2026-10", 2.5)], expected: .warning),
    StatusCase(
      name: "down missed", target: .compare(.lessOrEqual, 2), warning: .compare(.lessOrEqual, 3),
      rows: [("2026-10", 4)], expected: .missed),
    StatusCase(
      name: "between warning", target: .between(40, 60), warning: .between(30, 70), rows: [("2026-10", 65)],
      expected: .warning),
    StatusCase(
      name: "one period behind is current", target: .compare(.greaterOrEqual, 80), warning: nil,
      rows: [("2026-09", 90)], expected: .met),
    StatusCase(
      name: "two periods behind is stale", target: .compare(.greaterOrEqual, 80), warning: nil,
      rows: [("2026-08", 90)], expected: .stale),
    StatusCase(
      name: "stale even when it was missed", target: .compare(.greaterOrEqual, 80), warning: nil,
      rows: [("2026-07", 10)], expected: .stale),
    StatusCase(name: "no data", target: .compare(.greaterOrEqual, 80), warning: nil, rows: [], expected: .noData),
  ]

  /// Each status through the whole evaluation, at 2026-10, for up, down and between measures.
  @Test(arguments: statusCases)
  func evaluatesEveryStatus(_ testCase: StatusCase) throws {
    let measure = TestModel.measure("subject", target: testCase.target, warning: testCase.warning)
    let other = TestModel.measure("other")
    let graph = TestModel.graph(measures: [measure, other])
    let data = try TestModel.points(testCase.rows.map { ("subject", $0.0, $0.1) } + [("other", "2026-10", 90)])
    let report = try MeasureEvaluator.evaluate(graph: graph, data: data, period: nil)
    #expect(report.period.description == "2026-10")
    let result = try #require(report.measures.first { $0.id == "subject" })
    #expect(result.status == testCase.expected)
    #expect(result.value == testCase.rows.last?.1)
  }

  @Test func aMeasureWithNoDataIsReportedNotSkipped() throws {
    let graph = TestModel.graph(measures: [TestModel.measure("measured"), TestModel.measure("unmeasured")])
    let report = try MeasureEvaluator.evaluate(
      graph: graph, data: try TestModel.points([("measured", "2026-10", 90)]), period: nil)
    #expect(report.measures.map(\.id) == ["measured", "unmeasured"])
    #expect(report.measures.map(\.status) == [.met, .noData])
    #expect(report.measures[1].value == nil)
    #expect(report.measures[1].trend == nil)
  }

  @Test(arguments: [
    ("2026-09", "2026-10", Frequency?.some(.monthly), false),
    ("2026-10", "2026-10", .monthly, false),
    ("2026-08", "2026-10", .monthly, true),
    ("2026-W40", "2026-10", .monthly, false),
    ("2026-W35", "2026-10", .monthly, true),
    ("2026-W40", "2026-W41", .weekly, false),
    ("2026-W39", "2026-W41", .weekly, true),
    ("2026-W53", "2027-W01", .weekly, false),
    ("2026-Q3", "2026-10", .quarterly, false),
    ("2026-Q2", "2026-10", .quarterly, true),
    ("2026-08", "2026-Q3", .monthly, false),
    ("2026-07", "2026-Q3", .monthly, true),
    ("2025", "2026-10", .yearly, false),
    ("2024", "2026-10", .yearly, true),
    ("2026-09", "2026-10", .per_activity, false),
    ("2026-08", "2026-10", nil, true),
    ("2026-Q3", "2026-10", nil, false),
  ])
  func judgesStalenessWithOnePeriodOfGrace(latest: String, evaluated: String, frequency: Frequency?, stale: Bool)
    throws
  {
    let isStale = Staleness.isStale(
      latest: try Period(parsing: latest), evaluated: try Period(parsing: evaluated), frequency: frequency)
    #expect(isStale == stale)
  }

  @Test func evaluatingAnEarlierPeriodIgnoresLaterData() throws {
    let graph = TestModel.graph(measures: [TestModel.measure("plans")])
    let data = try TestModel.points([("plans", "2026-08", 70), ("plans", "2026-09", 60), ("plans", "2026-10", 90)])
    let report = try MeasureEvaluator.evaluate(graph: graph, data: data, period: try Period(parsing: "2026-09"))
    let result = try #require(report.measures.first)
    #expect(report.periodWasGiven)
    #expect(result.status == .missed)
    #expect(result.value == 60)
    #expect(result.history.map(\.period.description) == ["2026-08", "2026-09"])
    #expect(result.trend == .worsening)
  }

  @Test(arguments: [
    ([("a", "2026-Q3"), ("a", "2026-10"), ("b", "2026-W38"), ("c", "2025"), ("d", "2026-09")], "2026-10"),
    ([("a", "2026-10"), ("a", "2026-11"), ("w", "2026-W47"), ("w", "2026-W48"), ("y", "2026")], "2026-W48"),
    ([("a", "2026-09"), ("a", "2026-10"), ("w", "2026-W47"), ("y", "2026"), ("z", "2027")], "2026-10"),
    ([("q", "2026-Q2"), ("q", "2026-Q3"), ("y", "2026")], "2026-Q3"),
    ([("y", "2025")], "2025"),
  ])
  func theDefaultPeriodIsTheLatestOfTheMainKind(rows: [(String, String)], expected: String) throws {
    let data = try TestModel.points(rows.map { ($0.0, $0.1, 1) })
    #expect(MeasureEvaluator.latestPeriod(in: data)?.description == expected)
  }

  @Test func thereIsNoDefaultPeriodWithoutData() {
    #expect(MeasureEvaluator.latestPeriod(in: []) == nil)
  }

  @Test func noUsableRowsAndNoPeriodIsUnusableInput() {
    let graph = TestModel.graph(measures: [TestModel.measure("plans")])
    #expect(throws: MeasureInputError.self) {
      try MeasureEvaluator.evaluate(graph: graph, data: [], period: nil)
    }
  }

  @Test(arguments: [
    ([70.0, 75, 80], Direction?.some(.up), Threshold?.none, Trend?.some(.improving)),
    ([80, 75, 70], .up, nil, .worsening),
    ([80, 80, 80], .up, nil, .steady),
    ([80, 90, 80], .up, nil, .steady),
    ([60, 90, 70, 80, 85], .up, nil, .improving),
    ([3, 2, 1], .down, nil, .improving),
    ([1, 2, 3], .down, nil, .worsening),
    ([2, 3], .down, nil, .worsening),
    ([80], .up, nil, nil),
    ([], .up, nil, nil),
    ([8, 7, 6], nil, .between(2, 5), .improving),
    ([3, 4, 8], nil, .between(2, 5), .worsening),
    ([3, 4, 5], nil, .between(2, 5), .steady),
    ([98, 99, 100], nil, .compare(.equal, 100), .improving),
    ([1, 2, 3], nil, nil, nil),
  ])
  func judgesTheTrendOfTheLastThreeValues(
    values: [Double], direction: Direction?, target: Threshold?, expected: Trend?
  ) {
    #expect(Trend.of(values, direction: direction, target: target) == expected)
  }

  @Test func theTrendOfADownMeasureThroughEvaluation() throws {
    let measure = TestModel.measure("days_to_ack", unit: .days, target: .compare(.lessOrEqual, 2))
    let graph = TestModel.graph(measures: [measure])
    let data = try TestModel.points([("days_to_ack", "2026-08", 4), ("days_to_ack", "2026-09", 3), ("days_to_ack", "2026-10", 2)])
    let result = try #require(try MeasureEvaluator.evaluate(graph: graph, data: data, period: nil).measures.first)
    #expect(result.status == .met)
    #expect(result.trend == .improving)
    #expect(result.history.map(\.status) == [.missed, .missed, .met])
  }
}
