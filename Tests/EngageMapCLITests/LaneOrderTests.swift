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

  @Test(arguments: ["riverside", "northshore"])
  func lanesAreDrawnInDeclaredOrder(model: String) throws {
    let svgDirectory = try ScratchDirectory()
    let dotDirectory = try ScratchDirectory()
    let svg = try CLIRunner.run(["render", "Models/\(model)", "--view", "process", "-o", svgDirectory.path])
    #expect(svg.status == 0, "\(svg.standardError)")
    let dot = try CLIRunner.run(["render", "Models/\(model)", "--view", "process", "--format", "dot", "-o", dotDirectory.path])
    #expect(dot.status == 0, "\(dot.standardError)")

    let maps = RenderCommandTests.files(svgDirectory.path).filter { $0.hasPrefix("process/") && $0.hasSuffix(".svg") }
    #expect(maps.count > 3)
    for map in maps {
      let name = String(map.dropLast(4))
      let svgText = try String(contentsOfFile: "\(svgDirectory.path)/\(map)", encoding: .utf8)
      let dotText = try String(contentsOfFile: "\(dotDirectory.path)/\(name).dot", encoding: .utf8)
      let declared = Self.declaredLanes(dotText)
      let drawn = Self.drawnLanes(svgText).sorted { $0.top < $1.top }
      #expect(!declared.isEmpty, "\(name) has no lanes")
      #expect(drawn.map(\.role) == declared, "\(name): lanes drawn as \(drawn.map(\.role)), declared as \(declared)")
      for (upper, lower) in zip(drawn, drawn.dropFirst()) {
        #expect(upper.bottom <= lower.top, "\(name): lanes \(upper.role) and \(lower.role) overlap")
      }
    }
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
