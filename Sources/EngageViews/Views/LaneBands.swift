/// A rectangle measured in a layout pass (points, y growing upwards, as Graphviz reports): what
/// `Graphviz.layout(dot:)` gives each node and cluster, and what `LaneBands` places.
public struct MeasuredBox: Sendable, Hashable {
  public var minX: Double
  public var minY: Double
  public var maxX: Double
  public var maxY: Double

  public init(minX: Double, minY: Double, maxX: Double, maxY: Double) {
    self.minX = minX
    self.minY = minY
    self.maxX = maxX
    self.maxY = maxY
  }

  var width: Double { maxX - minX }
  var height: Double { maxY - minY }
  var centreX: Double { (minX + maxX) / 2 }
  var centreY: Double { (minY + maxY) / 2 }
}

/// The boxes a first `dot` pass gave to the nodes and clusters of a view graph, by DOT id: the
/// result of `Graphviz.layout(dot:)`, consumed as it is by `LaneBands.place(_:measured:)`.
public struct MeasuredLayout: Sendable, Hashable {
  /// Each node's box (centre ± half its width and height), by node name.
  public var nodes: [String: MeasuredBox]
  /// Each cluster's box, by subgraph name (nested clusters included).
  public var clusters: [String: MeasuredBox]

  public init(nodes: [String: MeasuredBox], clusters: [String: MeasuredBox]) {
    self.nodes = nodes
    self.clusters = clusters
  }
}

/// The second pass of a swimlane map: lanes stacked in the order the view declares them.
///
/// Graphviz 2.43's `dot` orders clusters by its crossing minimisation, and no attribute
/// (`ordering=out`, invisible anchor chains, `remincross`, `mclimit`, `searchsize`) makes it keep
/// a declared order for every map. So `dot` lays the map out once; then each lane keeps its
/// inside exactly as `dot` drew it (x along the flow, y within the lane) but moves as a whole
/// into a full-width band, bands stacked top to bottom in declared order. Nodes outside the lanes
/// go around the stack: `input:` nodes in a column on its left, `output:` nodes on its right,
/// everything else (measures, legend) in a row below. The result is DOT for Graphviz's `nop2`
/// layout (`neato -n2`: positions as given, edges routed as splines around the nodes), which
/// `dot -Tsvg` also honours through the graph's `layout` attribute.
public enum LaneBands {
  /// Lane clusters are the subgraphs whose ids start with this.
  static let lanePrefix = ViewIds.cluster("lane", "")
  static let bandGap = 10.0
  static let sideGap = 24.0
  static let rowGap = 30.0

  /// Whether `view` has swimlanes to stack (and so needs a measuring pass first).
  public static func hasLanes(_ view: ViewGraph) -> Bool {
    view.subgraphs.contains { $0.id.hasPrefix(lanePrefix) }
  }

  /// `view` with every node at a fixed position and its lanes stacked in declared order, or
  /// `nil` when `measured` lacks a lane or a node of `view` (then `view` is best drawn as it is).
  public static func place(_ view: ViewGraph, measured: MeasuredLayout) -> ViewGraph? {
    let lanes = view.subgraphs.filter { $0.id.hasPrefix(lanePrefix) }
    guard !lanes.isEmpty else { return nil }
    var laneBoxes: [MeasuredBox] = []
    for lane in lanes {
      guard let box = measured.clusters[lane.id] else { return nil }
      laneBoxes.append(box)
    }
    let left = laneBoxes.map(\.minX).min() ?? 0
    let right = laneBoxes.map(\.maxX).max() ?? 0
    var top = laneBoxes.map(\.maxY).max() ?? 0

    var centres: [String: (x: Double, y: Double)] = [:]
    var bands: [String: MeasuredBox] = [:]
    for (lane, box) in zip(lanes, laneBoxes) {
      let bottom = top - box.height
      let shift = bottom - box.minY
      for id in lane.allNodeIds {
        guard let node = measured.nodes[id] else { return nil }
        centres[id] = (node.centreX, node.centreY + shift)
      }
      bands[lane.id] = MeasuredBox(minX: left, minY: bottom, maxX: right, maxY: top)
      top = bottom - bandGap
    }
    let stackTop = laneBoxes.map(\.maxY).max() ?? 0
    let stackBottom = top + bandGap

    let edges = view.edges.filter { $0.attributes["style"] != .text("invis") }
    var leftColumn: [String] = []
    var rightColumn: [String] = []
    var row: [String] = []
    for node in view.nodes {
      guard measured.nodes[node.id] != nil else { return nil }
      if node.id.hasPrefix(ViewIds.input("")) {
        leftColumn.append(node.id)
      } else if node.id.hasPrefix(ViewIds.output("")) {
        rightColumn.append(node.id)
      } else {
        row.append(node.id)
      }
    }
    func neighbourHeight(_ ids: [String]) -> Double {
      let members = Set(ids)
      let heights = edges.compactMap { edge -> Double? in
        if members.contains(edge.from), let other = centres[edge.to] { return other.y }
        if members.contains(edge.to), let other = centres[edge.from] { return other.y }
        return nil
      }
      return heights.isEmpty ? (stackTop + stackBottom) / 2 : heights.reduce(0, +) / Double(heights.count)
    }
    var lowest = stackBottom
    // A column is centred on the nodes it connects to, but never rises above the lanes (where
    // the title is); when it is taller than the lanes it reaches down and the row goes under it.
    func stack(_ ids: [String], x: (MeasuredBox) -> Double) {
      let boxes = ids.compactMap { measured.nodes[$0] }
      let total = boxes.map(\.height).reduce(0, +) + bandGap * Double(max(boxes.count - 1, 0))
      var y = min(neighbourHeight(ids) + total / 2, stackTop)
      for (id, box) in zip(ids, boxes) {
        centres[id] = (x(box), y - box.height / 2)
        y -= box.height + bandGap
      }
      lowest = min(lowest, y + bandGap)
    }
    stack(leftColumn) { left - sideGap - $0.width / 2 }
    stack(rightColumn) { right + sideGap + $0.width / 2 }
    var x = left
    for id in row {
      guard let box = measured.nodes[id] else { return nil }
      centres[id] = (x + box.width / 2, lowest - rowGap - box.height / 2)
      x += box.width + rowGap
    }

    var placed = view
    placed.graphAttributes.set("layout", "nop2")
    placed.graphAttributes.set("splines", "true")
    placed.nodes = view.nodes.map { positioned($0, centres) }
    placed.subgraphs = view.subgraphs.map { subgraph in
      var moved = positioned(subgraph, centres)
      if let band = bands[subgraph.id] {
        moved.attributes.set("bb", [band.minX, band.minY, band.maxX, band.maxY].map(coordinate).joined(separator: ","))
      }
      return moved
    }
    return placed
  }

  private static func positioned(_ node: ViewNode, _ centres: [String: (x: Double, y: Double)]) -> ViewNode {
    guard let centre = centres[node.id] else { return node }
    var moved = node
    moved.attributes.set("pos", coordinate(centre.x) + "," + coordinate(centre.y))
    return moved
  }

  private static func positioned(_ subgraph: ViewSubgraph, _ centres: [String: (x: Double, y: Double)]) -> ViewSubgraph {
    var moved = subgraph
    moved.nodes = subgraph.nodes.map { positioned($0, centres) }
    moved.subgraphs = subgraph.subgraphs.map { positioned($0, centres) }
    return moved
  }

  /// Whole points: deterministic text, and finer than anything a reader can see.
  private static func coordinate(_ value: Double) -> String {
    guard value.isFinite, abs(value) < 1e9 else { return "0" }
    return String(Int(value.rounded()))
  }
}
