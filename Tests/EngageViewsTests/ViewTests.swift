import EngageGraphviz
import EngageLanguage
import EngageMeasures
import EngageModel
import Foundation
import Testing

@testable import EngageViews

@Suite struct DOTEmitterTests {
  @Test func graphIsNamedAndAttributesSorted() {
    var attributes = DOTAttributes()
    attributes.set("zeta", "1")
    attributes.set("alpha", "2")
    attributes.label("<B>x</B>")
    let graph = ViewGraph(
      name: "named", graphAttributes: attributes,
      nodes: [ViewNode(id: "a:b", attributes: attributes)],
      subgraphs: [ViewSubgraph(id: "cluster_x", nodes: [ViewNode(id: "c")])],
      edges: [ViewEdge(from: "a:b", to: "c")])
    #expect(
      graph.dot == """
        digraph "named" {
          graph [alpha="2", label=<<B>x</B>>, zeta="1"];
          "a:b" [alpha="2", label=<<B>x</B>>, zeta="1"];
          subgraph "cluster_x" {
            "c";
          }
          "a:b" -> "c";
        }

        """)
  }
}

@Suite struct DeterminismTests {
  @Test func sameModelGivesTheSameDOT() throws {
    let first = ViewCatalog.documents(for: try ViewFixtures.small()).map(\.dot)
    let second = ViewCatalog.documents(for: try ViewFixtures.small()).map(\.dot)
    #expect(first == second)
  }

  @Test(arguments: ["riverside", "northshore"])
  func exampleModelsGiveTheSameDOTTwice(model: String) throws {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let path = root.appendingPathComponent("Models/\(model)").path
    let first = try #require(ModelLoader.load(path: path).graph)
    let second = try #require(ModelLoader.load(path: path).graph)
    let documents = ViewCatalog.documents(for: first)
    #expect(documents.count == 4 + first.processes.count)
    #expect(documents.map(\.dot) == ViewCatalog.documents(for: second).map(\.dot))
    for document in documents {
      #expect(document.dot.hasPrefix("digraph \"\(document.graph.name)\" {"))
      #expect(document.dot.contains("\"legend\""), "\(document.path) has no legend")
    }
  }
}

@Suite struct StatusColouringTests {
  @Test(arguments: MeasureStatus.allCases)
  func snapshotFillsNodesAndAddsTheSymbol(status: MeasureStatus) throws {
    let graph = try ViewFixtures.small()
    let snapshot = StatusSnapshot(
      period: "2026-10", measures: ["plans_with_goals": status], processes: ["planning": status],
      megaprocesses: ["care": status], goals: ["partnership": status])
    let style = Theme.status(status)
    let plain = LandscapeView.make(graph)
    let coloured = LandscapeView.make(graph, options: ViewOptions(snapshot: snapshot))
    let plainNode = try #require(plain.allNodes.first { $0.id == "process:planning" })
    let colouredNode = try #require(coloured.allNodes.first { $0.id == "process:planning" })
    #expect(plainNode.attributes["fillcolor"] == .text(Theme.processFill(.main)))
    #expect(colouredNode.attributes["fillcolor"] == .text(style.fill))
    #expect(colouredNode.attributes["color"] == .text(style.pen))
    let symbol = HTMLText.escape(style.symbol + " " + style.word)
    #expect(label(colouredNode).contains(symbol))
    #expect(!label(plainNode).contains(symbol))
    #expect(coloured.dot.contains("(2026-10)"), "the legend names the period")

    let measures = MeasuresView.make(graph, options: ViewOptions(snapshot: snapshot))
    let measure = try #require(measures.allNodes.first { $0.id == "measure:plans_with_goals" })
    #expect(measure.attributes["fillcolor"] == .text(style.fill))
    #expect(label(measure).contains(symbol))

    let map = try #require(ProcessMapView.make(graph, process: "planning", options: ViewOptions(snapshot: snapshot)))
    #expect(map.dot.contains("BGCOLOR=\"\(style.fill)\""))
    #expect(map.dot.contains(symbol))
  }

  @Test func measuresWithoutDataReadNoData() throws {
    let graph = try ViewFixtures.small()
    let view = MeasuresView.make(graph, options: ViewOptions(snapshot: StatusSnapshot(period: "2026-10")))
    let measure = try #require(view.allNodes.first { $0.id == "measure:reviews_held" })
    #expect(measure.attributes["fillcolor"] == .text(Theme.status(.noData).fill))
    #expect(label(measure).contains("? no data"))
  }

  @Test func statusColoursAreDistinctAndSymbolsToo() {
    let styles = MeasureStatus.allCases.map(Theme.status)
    #expect(Set(styles.map(\.fill)).count == styles.count)
    #expect(Set(styles.map(\.symbol)).count == styles.count)
  }

  private func label(_ node: ViewNode) -> String {
    if case .html(let markup)? = node.attributes["label"] { return markup }
    return ""
  }
}

@Suite struct CollapseTests {
  @Test func aboveTheThresholdMegaprocessesBecomeSummaries() throws {
    let graph = try ViewFixtures.small()
    let options = ViewOptions(collapseThreshold: 2)
    let landscape = LandscapeView.make(graph, options: options)
    let ids = landscape.allNodes.map(\.id)
    #expect(ids.contains("megaprocess:care"))
    #expect(ids.contains("megaprocess:safety"))
    #expect(ids.contains("loose:support"))
    #expect(!ids.contains("process:planning"))
    let care = try #require(landscape.allNodes.first { $0.id == "megaprocess:care" })
    #expect(care.attributes["URL"] == .text("megaprocess/care.svg"))
    #expect(landscape.edges.contains { $0.from == "megaprocess:care" && $0.to == "megaprocess:safety" })
    let paths = ViewCatalog.documents(for: graph, views: [.landscape], options: options).map(\.path)
    #expect(paths == ["landscape", "megaprocess/care", "megaprocess/safety", "megaprocess/toplevel-support"])
    let map = try #require(MegaprocessMapView.make(graph, megaprocess: "care", options: options))
    #expect(map.allNodes.contains { $0.id == "process:planning" && $0.attributes["URL"] == .text("../process/planning.svg") })
    #expect(map.allNodes.contains { $0.id == "process:review" }, "the client process outside is a link")
  }

  /// The site's option: every mega-process has a map, and the landscape's clusters link to it;
  /// without the option (`render`) neither happens below the threshold.
  @Test(arguments: [false, true])
  func everyMegaprocessMappedBelowTheThreshold(mapsEveryMegaprocess: Bool) throws {
    let graph = try ViewFixtures.small()
    let options = ViewOptions(linkExtension: "html", mapsEveryMegaprocess: mapsEveryMegaprocess)
    let paths = ViewCatalog.documents(for: graph, views: [.landscape], options: options).map(\.path)
    #expect(paths == (mapsEveryMegaprocess ? ["landscape", "megaprocess/care", "megaprocess/safety"] : ["landscape"]))
    let landscape = LandscapeView.make(graph, options: options)
    let care = try #require(landscape.subgraphs.flatMap(\.subgraphs).first { $0.id == "cluster_megaprocess_care" })
    #expect(care.attributes["URL"] == (mapsEveryMegaprocess ? .text("megaprocess/care.html") : nil))
    #expect(landscape.allNodes.contains { $0.id == "process:planning" && $0.attributes["URL"] == .text("process/planning.html") })
    let map = try #require(MegaprocessMapView.make(graph, megaprocess: "care", options: options))
    #expect(map.subgraphs.allSatisfy { $0.attributes["URL"] == nil }, "a mega-process map does not link to itself")
  }

  @Test(arguments: [(3, false), (2, true), (0, true)])
  func thresholdIsStrictlyAbove(threshold: Int, collapsed: Bool) throws {
    let graph = try ViewFixtures.small()
    #expect(ViewCatalog.isCollapsed(graph, options: ViewOptions(collapseThreshold: threshold)) == collapsed)
    #expect(ViewOptions().collapseThreshold == 150)
  }
}

@Suite struct ProcessMapTests {
  @Test func lanesFollowFirstAppearanceAndNodesTheirFirstPerformer() throws {
    let graph = try ViewFixtures.small()
    let process = try #require(graph.processes.first { $0.id == "planning" })
    #expect(ProcessMapView.laneOrder(process) == ["patient", "gp"])
    let placement = ProcessMapView.lanePlacement(process, lanes: ["patient", "gp"])
    #expect(placement["booked"] == "patient", "a start event takes its successor's lane")
    #expect(placement["goals"] == "gp")
    #expect(placement["done"] == "gp", "an end event takes its predecessor's lane")
    let map = try #require(ProcessMapView.make(graph, process: "planning"))
    #expect(map.subgraphs.filter { $0.id.hasPrefix("cluster_lane_") }.map(\.id) == ["cluster_lane_patient", "cluster_lane_gp"])
  }

  @Test func mapHasEventsDecisionsHandOversInputsOutputsAndMeasures() throws {
    let graph = try ViewFixtures.small()
    let map = try #require(ProcessMapView.make(graph, process: "planning"))
    func node(_ id: String) -> ViewNode? { map.allNodes.first { $0.id == id } }
    #expect(node("step:booked")?.attributes["shape"] == .text("circle"))
    #expect(node("step:agreed")?.attributes["shape"] == .text("diamond"))
    #expect(node("input:visit")?.attributes["shape"] == .text("note"))
    #expect(node("input:history")?.attributes["color"] == .text(Theme.problemColour), "an input without a supplier stands out")
    #expect(node("output:plan") != nil)
    #expect(node("handover:review")?.attributes["URL"] == .text("review.svg"))
    #expect(node("measures") != nil)
    #expect(map.edges.contains { $0.from == "step:agreed" && $0.to == "step:record" && $0.attributes["label"] == .html("yes") })
    let goals = try #require(node("step:goals"))
    guard case .html(let label)? = goals.attributes["label"] else {
      Issue.record("no label")
      return
    }
    #expect(label.contains("◆ collaborate"), "engagement mark on a step with a patient")
    #expect(label.contains("duration 30 minutes"))
    #expect(node("step:record").map { "\($0.attributes)".contains("◆") } == false)
  }

  @Test func unknownProcessHasNoMap() throws {
    #expect(ProcessMapView.make(try ViewFixtures.small(), process: "nope") == nil)
  }
}

@Suite struct RelationsAndEngagementTests {
  @Test func relationsShowProductsAndUnmetInputs() throws {
    let view = RelationsView.make(try ViewFixtures.small())
    let dot = view.dot
    #expect(dot.contains("Product: Care plans with"))
    #expect(dot.contains("• Shared monthly"))
    #expect(view.allNodes.contains { $0.id == "unmet:planning.history" })
    #expect(view.edges.contains { $0.from == "process:planning" && $0.to == "process:review" })
  }

  /// Graphviz numbers the anchor of a linked table cell with a counter it keeps across renders
  /// unless the cell has an ID: each row's link has one, so rendering again gives the same SVG.
  @Test func theMatrixRendersTheSameSVGEveryTime() throws {
    let dot = EngagementView.make(try ViewFixtures.small()).dot
    let first = try Graphviz.render(dot: dot, format: .svg)
    let second = try Graphviz.render(dot: dot, format: .svg)
    #expect(first == second)
    #expect(String(decoding: first, as: UTF8.self).contains(#"<g id="a_process&#45;planning"><a xlink:href="process/planning.svg""#))
  }

  @Test func matrixTakesTheHighestLevelPerRole() throws {
    let graph = try ViewFixtures.small()
    let lookup = ModelLookup(graph)
    let planning = try #require(lookup.process("planning"))
    let levels = EngagementView.levelsByRole(planning)
    #expect(levels["patient"] == .some(.collaborate))
    #expect(levels["gp"] == .some(.collaborate))
    #expect(levels["lead"] == nil)
    let dot = EngagementView.make(graph).dot
    #expect(dot.contains(">COL<"))
    #expect(dot.contains("HREF=\"process/planning.svg\""))
  }
}
