import Testing

@testable import EngageViews

@Suite struct LaneBandsTests {
  /// Three lanes declared a, b, c; the measured layout drew them c (top), a, b (bottom).
  static func view() -> ViewGraph {
    var view = ViewGraph(name: "lanes")
    for lane in ["a", "b", "c"] {
      view.subgraphs.append(
        ViewSubgraph(id: ViewIds.cluster("lane", lane), nodes: [ViewNode(id: ViewIds.step(lane))]))
    }
    view.subgraphs.append(ViewStyle.sameRank(id: "rank_inputs", [ViewIds.input("in")], rank: "min"))
    view.nodes = [ViewNode(id: ViewIds.input("in")), ViewNode(id: ViewIds.output("out")), ViewNode(id: "legend")]
    view.edges = [
      ViewEdge(from: ViewIds.input("in"), to: ViewIds.step("a")),
      ViewEdge(from: ViewIds.step("a"), to: ViewIds.step("b")),
      ViewEdge(from: ViewIds.step("b"), to: ViewIds.step("c")),
      ViewEdge(from: ViewIds.step("c"), to: ViewIds.output("out")),
    ]
    return view
  }

  static func box(_ x: Double, _ y: Double, _ width: Double, _ height: Double) -> MeasuredBox {
    MeasuredBox(minX: x - width / 2, minY: y - height / 2, maxX: x + width / 2, maxY: y + height / 2)
  }

  static let measured = MeasuredLayout(
    nodes: [
      ViewIds.step("a"): box(100, 150, 60, 30),
      ViewIds.step("b"): box(200, 60, 60, 30),
      ViewIds.step("c"): box(300, 250, 60, 30),
      ViewIds.input("in"): box(100, 400, 80, 40),
      ViewIds.output("out"): box(300, 400, 80, 40),
      "legend": box(50, 20, 100, 100),
    ],
    clusters: [
      ViewIds.cluster("lane", "a"): MeasuredBox(minX: 50, minY: 110, maxX: 250, maxY: 190),
      ViewIds.cluster("lane", "b"): MeasuredBox(minX: 150, minY: 20, maxX: 260, maxY: 100),
      ViewIds.cluster("lane", "c"): MeasuredBox(minX: 250, minY: 200, maxX: 350, maxY: 300),
    ])

  static func numbers(_ value: DOTValue?) -> [Double] {
    guard case .text(let text)? = value else { return [] }
    return text.split(separator: ",").compactMap { Double($0) }
  }

  @Test func lanesAreStackedTopDownInDeclaredOrderAtFullWidth() throws {
    let placed = try #require(LaneBands.place(Self.view(), measured: Self.measured))
    let bands = ["a", "b", "c"].map { lane in
      Self.numbers(placed.subgraphs.first { $0.id == ViewIds.cluster("lane", lane) }?.attributes["bb"])
    }
    #expect(bands == [[50, 220, 350, 300], [50, 130, 350, 210], [50, 20, 350, 120]])
    #expect(placed.graphAttributes["layout"] == .text("nop2"))
  }

  @Test func nodesMoveWithTheirLaneAndOthersGoAround() throws {
    let placed = try #require(LaneBands.place(Self.view(), measured: Self.measured))
    func centre(_ id: String) -> [Double] { Self.numbers(placed.allNodes.first { $0.id == id }?.attributes["pos"]) }
    #expect(centre(ViewIds.step("a")) == [100, 260])
    #expect(centre(ViewIds.step("b")) == [200, 170])
    #expect(centre(ViewIds.step("c")) == [300, 70])
    #expect(centre(ViewIds.input("in")) == [-14, 260])
    #expect(centre(ViewIds.output("out")) == [414, 70])
    #expect(centre("legend") == [100, -60])
  }

  @Test(arguments: [ViewIds.step("b"), ViewIds.input("in"), "legend"])
  func aNodeMissingFromTheMeasuredLayoutLeavesTheViewAsItIs(missing: String) {
    var measured = Self.measured
    measured.nodes[missing] = nil
    #expect(LaneBands.place(Self.view(), measured: measured) == nil)
  }

  @Test func aViewWithoutLanesIsNotPlaced() {
    var view = Self.view()
    view.subgraphs.removeAll { $0.id.hasPrefix("cluster_") }
    #expect(!LaneBands.hasLanes(view))
    #expect(LaneBands.place(view, measured: Self.measured) == nil)
  }

  /// A lane for every role that performs some node first, in order of first appearance: in
  /// planning the patient prepares before the GP sets goals; the partners of review and
  /// recruitment never perform a node first.
  @Test(arguments: [
    ("planning", ["cluster_lane_patient", "cluster_lane_gp"]), ("review", ["cluster_lane_lead"]),
    ("recruitment", ["cluster_lane_lead"]),
  ])
  func mapsOfTheSmallModelHaveLanesInOrderOfFirstAppearance(process: String, lanes: [String]) throws {
    let view = try #require(ProcessMapView.make(try ViewFixtures.small(), process: process))
    #expect(view.subgraphs.map(\.id).filter { $0.hasPrefix("cluster_lane_") } == lanes)
  }
}
