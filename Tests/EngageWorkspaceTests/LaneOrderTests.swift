import EngageGraphviz
import EngageViews
import EngageWorkspace
import Foundation
import Testing

/// Swimlanes of every process map of the example models are drawn top to bottom in the order the
/// map's DOT declares them (the order of first appearance of each role among the process's steps).
@Suite("process map lane order")
struct LaneOrderTests {
  /// A lane as drawn: its role id and its vertical extent in SVG coordinates (y grows downwards).
  struct DrawnLane: Equatable {
    let role: String
    let top: Double
    let bottom: Double
  }

  /// Role ids of the lane clusters in the order the DOT text declares them.
  static func declaredLanes(_ dot: String) -> [String] {
    var roles: [String] = []
    for line in dot.split(separator: "\n") {
      let text = line.trimmingCharacters(in: .whitespaces)
      guard text.hasPrefix("subgraph \"cluster_lane_"), let end = text.dropFirst(23).firstIndex(of: "\"") else { continue }
      let role = String(text.dropFirst(23)[..<end])
      if !roles.contains(role) { roles.append(role) }
    }
    return roles
  }

  /// Lane clusters of an SVG: the `<title>` naming the cluster, then the first polygon after it.
  static func drawnLanes(_ svg: String) -> [DrawnLane] {
    var lanes: [DrawnLane] = []
    var rest = Substring(svg)
    while let title = rest.range(of: "<title>cluster_lane_") {
      rest = rest[title.upperBound...]
      guard let close = rest.range(of: "</title>") else { break }
      let role = String(rest[..<close.lowerBound])
      guard let points = rest.range(of: "points=\"") else { break }
      let afterPoints = rest[points.upperBound...]
      guard let quote = afterPoints.firstIndex(of: "\"") else { break }
      let ys = afterPoints[..<quote].split(separator: " ").compactMap { pair in
        pair.split(separator: ",").last.flatMap { Double($0) }
      }
      if let top = ys.min(), let bottom = ys.max() { lanes.append(DrawnLane(role: role, top: top, bottom: bottom)) }
      rest = afterPoints[quote...]
    }
    return lanes
  }

  /// The process maps of `model` in `format`, by path without extension.
  static func processMaps(_ model: String, format: GraphvizFormat) throws -> [String: String] {
    let workspace = Workspace()
    let rendered = try workspace.render(RenderRequest(views: [.process], format: format), of: workspace.load(TestPaths.model(model)))
    var maps: [String: String] = [:]
    for file in rendered.files {
      maps[String(file.path.dropLast(format.rawValue.count + 1))] = String(decoding: file.bytes, as: UTF8.self)
    }
    return maps
  }

  @Test(arguments: ["riverside", "northshore"])
  func lanesAreDrawnInDeclaredOrder(model: String) throws {
    let svgMaps = try Self.processMaps(model, format: .svg)
    let dotMaps = try Self.processMaps(model, format: .dot)
    #expect(svgMaps.count > 3)
    #expect(svgMaps.keys.sorted() == dotMaps.keys.sorted())
    for (name, svgText) in svgMaps.sorted(by: { $0.key < $1.key }) {
      #expect(name.hasPrefix("process/"))
      let declared = Self.declaredLanes(dotMaps[name] ?? "")
      let drawn = Self.drawnLanes(svgText).sorted { $0.top < $1.top }
      #expect(!declared.isEmpty, "\(name) has no lanes")
      #expect(drawn.map(\.role) == declared, "\(name): lanes drawn as \(drawn.map(\.role)), declared as \(declared)")
      for (upper, lower) in zip(drawn, drawn.dropFirst()) {
        #expect(upper.bottom <= lower.top, "\(name): lanes \(upper.role) and \(lower.role) overlap")
      }
    }
  }

  @Test func theLanePassPlacesTheViewsOwnDOTAndLeavesMapsWithoutLanesAlone() throws {
    let model = try Workspace().load(TestPaths.model("riverside"))
    let graph = try #require(model.graph)
    let plan = ViewCatalog.plan(for: graph, views: [.process, .relations])
    let documents = (0..<plan.count).compactMap(plan.document(at:))
    let process = try #require(documents.first { $0.kind == .process })
    let placed = try process.renderableDot(dot: process.dot)
    #expect(placed != process.dot)
    #expect(placed.contains("layout=nop2") || placed.contains("layout=\"nop2\""))
    let relations = try #require(documents.first { $0.kind == .relations })
    #expect(try relations.renderableDot(dot: relations.dot) == relations.dot)
  }

  @Test func drawnLanesAreReadFromClusterPolygons() {
    let svg = """
      <g id="lane-b" class="cluster">
      <title>cluster_lane_b</title>
      <g id="a_lane-b"><a xlink:title="B">
      <polygon fill="#fff" stroke="#000" points="10,-50 10,-90 200,-90 200,-50 10,-50"/>
      </a></g></g>
      <g id="lane-a" class="cluster">
      <title>cluster_lane_a</title>
      <polygon fill="#fff" stroke="#000" points="10,-100 10,-140 200,-140 200,-100 10,-100"/>
      </g>
      """
    #expect(Self.drawnLanes(svg) == [
      DrawnLane(role: "b", top: -90, bottom: -50), DrawnLane(role: "a", top: -140, bottom: -100),
    ])
    #expect(Self.declaredLanes("  subgraph \"cluster_lane_x\" {\n  subgraph \"cluster_lane_y\" {\n") == ["x", "y"])
  }
}
