import EngageLanguage
import EngageMeasures
import EngageModel
import Testing

@Suite struct RollUpTests {
  /// m_plan1 met, m_plan2 warning, m_meds missed, m_rel stale, m_care no data, m_disc met, m_rep met.
  static func report() throws -> MeasureReport {
    let data = try TestModel.points([
      ("m_plan1", "2026-10", 85), ("m_plan2", "2026-10", 75), ("m_meds", "2026-10", 50),
      ("m_rel", "2026-07", 99), ("m_disc", "2026-10", 90), ("m_rep", "2026-10", 81),
    ])
    return try MeasureEvaluator.evaluate(graph: TestModel.rollUpGraph(), data: data, period: nil)
  }

  static func counts(_ met: Int, _ warning: Int, _ missed: Int, _ stale: Int, _ noData: Int) -> [Int] {
    [met, warning, missed, stale, noData]
  }

  @Test func measuresRollUpToTheirProcessAndMegaprocess() throws {
    let report = try Self.report()
    let placement = report.measures.map { "\($0.id):\($0.process ?? "-"):\($0.megaprocess ?? "-")" }
    #expect(
      placement == [
        "m_plan1:planning:care", "m_plan2:planning:care", "m_meds:medicines:care", "m_rel:medicines:care",
        "m_care:-:care", "m_disc:disclosure:openness", "m_rep:reporting:-",
      ])
  }

  @Test(arguments: [
    (StatusRollUp.Level.process, "planning", MeasureStatus.warning, counts(1, 1, 0, 0, 0)),
    (.process, "medicines", .missed, counts(0, 0, 1, 1, 0)),
    (.process, "disclosure", .met, counts(1, 0, 0, 0, 0)),
    (.process, "reporting", .met, counts(1, 0, 0, 0, 0)),
    (.megaprocess, "care", .missed, counts(1, 1, 1, 1, 1)),
    (.megaprocess, "openness", .met, counts(1, 0, 0, 0, 0)),
    (.goal, "partnership", .missed, counts(2, 1, 1, 1, 1)),
    (.goal, "openness", .met, counts(1, 0, 0, 0, 0)),
    (.organisation, "organisation", .missed, counts(3, 1, 1, 1, 1)),
  ])
  func rollsUpTheWorstStatusWithCounts(
    level: StatusRollUp.Level, id: String, status: MeasureStatus, expected: [Int]
  ) throws {
    let report = try Self.report()
    let all = [report.organisation] + report.goals + report.megaprocesses + report.processes
    let rollUp = try #require(all.first { $0.level == level && $0.id == id })
    #expect(rollUp.status == status)
    #expect(rollUp.orderedCounts.map(\.count) == expected)
    #expect(rollUp.orderedCounts.map(\.status) == [.met, .warning, .missed, .stale, .noData])
  }

  @Test func theSnapshotHoldsEveryLevel() throws {
    let snapshot = try Self.report().snapshot
    #expect(snapshot.period == "2026-10")
    #expect(snapshot.measures["m_care"] == .noData)
    #expect(snapshot.measures["m_rel"] == .stale)
    #expect(snapshot.processes == ["planning": .warning, "medicines": .missed, "disclosure": .met, "reporting": .met])
    #expect(snapshot.megaprocesses == ["care": .missed, "openness": .met])
    #expect(snapshot.goals == ["partnership": .missed, "openness": .met])
    #expect(snapshot.organisation == .missed)
  }

  @Test func worstOfFollowsTheStatusOrder() {
    #expect(MeasureStatus.allCases.max() == .missed)
    #expect([MeasureStatus.met, .noData].max() == .noData)
    #expect([MeasureStatus.warning, .noData].max() == .warning)
    #expect([MeasureStatus.warning, .stale].max() == .stale)
  }

  @Test func aRelationWithoutAClientRollsUpOnlyToTheOrganisation() throws {
    let measure = TestModel.measure("orphan", in: .relation("loose"))
    var graph = TestModel.graph(measures: [measure])
    graph.relations = [TestModel.relation("loose", client: nil, measures: ["orphan"])]
    let report = try MeasureEvaluator.evaluate(
      graph: graph, data: try TestModel.points([("orphan", "2026-10", 50)]), period: nil)
    #expect(report.processes.isEmpty)
    #expect(report.organisation.status == .missed)
    #expect(report.hasMissed)
  }
}
