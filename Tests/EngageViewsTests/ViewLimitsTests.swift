import EngageGraphviz
import EngageModel
import Foundation
import Testing

@testable import EngageViews

/// Maps too large for Graphviz are refused before they reach it, with a message naming the map,
/// the count and the limit; maps at the limit are laid out. The size `MapLimits` counts from the
/// model (which rule EM0110 checks) is the size of the view graph `render` checks.
@Suite struct ViewLimitsTests {
  /// A process of `steps` steps (plus a start and an end event) performed by `roles` roles in
  /// turn, with `inputs` inputs and `outputs` outputs.
  static func model(steps: Int, roles: Int = 4, inputs: Int = 0, outputs: Int = 1, starts: Int = 1) -> String {
    var text = """
      organisation org "Org" {
        purpose "Limits"
        goal g "Goal"
      }
      client patients "Patients" { kind external }

      """
    for index in 0..<roles { text += "role r\(index) \"Role \(index)\" { kind staff }\n" }
    text += "megaprocess m \"Mega\" {\n  client patients\n  goals g\n  process big \"Big\" {\n    kind main\n    owner r0\n    purpose \"Many steps\"\n"
    for index in 0..<inputs { text += "    input i\(index) \"Input \(index)\" from patients\n" }
    for index in 0..<outputs { text += "    output o\(index) \"Output \(index)\" to patients\n" }
    for index in 0..<starts { text += "    start s\(index) \"Start \(index)\"\n" }
    for index in 1...steps { text += "    step n\(index) \"Step \(index)\" by r\((index - 1) % roles)\n" }
    text += "    end e \"End\"\n"
    for index in 0..<starts { text += "    s\(index) -> n1\n" }
    text += "    " + (1...steps).map { "n\($0)" }.joined(separator: " -> ") + " -> e\n"
    text += "  }\n}\n"
    return text
  }

  static func processMap(_ text: String) throws -> ViewDocument {
    let graph = try ViewFixtures.graph(text, path: "limits.engage")
    return try #require(ViewCatalog.documents(for: graph, views: [.process]).first)
  }

  /// Steps that make a map of exactly `MapLimits.processMap.nodes` boxes: the steps, a start,
  /// an end, one output and the legend.
  static let stepsAtTheNodeLimit = MapLimits.processMap.nodes - 4

  @Test func aProcessMapOneBoxOverTheLimitIsRefusedWithItsCountAndLimit() throws {
    let document = try Self.processMap(Self.model(steps: Self.stepsAtTheNodeLimit + 1))
    let error = try #require(ViewLimits.check(document))
    #expect(error.path == "process/big")
    #expect(error.quantity == .nodes)
    #expect(error.count == MapLimits.processMap.nodes + 1)
    #expect(error.limit == MapLimits.processMap.nodes)
    #expect(
      error.message
        == "the map of process 'big' has \(MapLimits.processMap.nodes + 1) boxes; EngageMap lays out at most "
        + "\(MapLimits.processMap.nodes) boxes per process map, beyond which Graphviz takes minutes or fails; "
        + "split the process into smaller processes linked by hand-overs (a flow to another process)")
  }

  @Test func aProcessMapWithTooManyLinesIsRefused() throws {
    // A line from every input to every start event.
    let lines = try Self.processMap(Self.model(steps: 3, inputs: 20, starts: MapLimits.processMap.edges / 20 + 1))
    let error = try #require(ViewLimits.check(lines))
    #expect(error.quantity == .edges)
    #expect(error.count == 20 * (MapLimits.processMap.edges / 20 + 1) + MapLimits.processMap.edges / 20 + 1 + 4)
    #expect(error.message.contains("lines; EngageMap lays out at most \(MapLimits.processMap.edges) lines per process map"))
  }

  /// At the limit the map is laid out, both passes, as `engagemap render` does (in 30 lanes).
  @Test func aProcessMapAtTheLimitIsLaidOutAndRendered() throws {
    let document = try Self.processMap(Self.model(steps: Self.stepsAtTheNodeLimit, roles: 30))
    #expect(ViewLimits.size(of: document).nodes == MapLimits.processMap.nodes)
    #expect(ViewLimits.check(document) == nil)
    let svg = try Graphviz.render(dot: try HostileModelTests.renderableDot(document), format: .svg)
    #expect(String(decoding: svg.suffix(8), as: UTF8.self).contains("</svg>"))
  }

  @Test func theLandscapeAboveTheCollapseThresholdIsRefusedWithAdvice() throws {
    let graph = try ViewFixtures.small()
    let landscape = try #require(ViewCatalog.documents(for: graph, views: [.landscape]).first)
    let size = ViewLimits.size(of: landscape)
    #expect(ViewLimits.check(landscape) == nil)
    #expect(size.nodes > 0 && size.nodes < MapLimits.landscape.nodes)
    let message = ViewLimits.message(landscape, .nodes, count: 1_234, limit: MapLimits.landscape.nodes)
    #expect(message.hasPrefix("the landscape has 1,234 boxes"))
    #expect(message.hasSuffix("lower --collapse-above (default 150) so that each mega-process is one box"))
  }

  @Test(arguments: [0, 1, 999, 1_000, 12_345, 1_234_567])
  func countsAreWrittenWithThousandsSeparators(value: Int) {
    let expected = [0: "0", 1: "1", 999: "999", 1_000: "1,000", 12_345: "12,345", 1_234_567: "1,234,567"][value]
    #expect(ViewLimits.grouped(value) == expected)
  }

  /// The model-level count the rule uses is the view graph's count, boxes and lines.
  @Test(arguments: ["small", "hostile", "riverside", "northshore", "inputs"])
  func theRuleCountsWhatTheViewDraws(model: String) throws {
    let graph: ProcessGraph
    switch model {
    case "small": graph = try ViewFixtures.small()
    case "hostile": graph = try ViewFixtures.graph(HostileModelTests.model, path: "hostile.engage")
    case "inputs": graph = try ViewFixtures.graph(Self.model(steps: 5, roles: 3, inputs: 3, outputs: 2, starts: 2))
    default: graph = try Self.exampleModel(model)
    }
    let documents = ViewCatalog.documents(for: graph, views: [.process])
    #expect(documents.count == graph.processes.count)
    for (process, document) in zip(graph.processes, documents) {
      let fromModel = MapLimits.processMapSize(of: process)
      let fromView = ViewLimits.size(of: document)
      #expect(fromModel == fromView, "\(document.path)")
    }
  }

  /// Every view of the example models is within its limits.
  @Test(arguments: ["riverside", "northshore"])
  func theExampleModelsAreWithinEveryLimit(model: String) throws {
    let graph = try Self.exampleModel(model)
    for options in [ViewOptions(), ViewOptions(collapseThreshold: 0)] {
      for document in ViewCatalog.documents(for: graph, options: options) {
        #expect(ViewLimits.check(document) == nil, "\(document.path)")
      }
    }
  }

  static func exampleModel(_ name: String) throws -> ProcessGraph {
    let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let result = ModelLoader.load(path: root.appendingPathComponent("Models/\(name)").path)
    return try #require(result.graph)
  }
}
