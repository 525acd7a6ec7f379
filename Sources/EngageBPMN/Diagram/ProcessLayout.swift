import EngageGraphviz
import EngageViews

/// A rectangle in BPMN diagram interchange coordinates (pixels, y growing downwards).
struct DiagramBox: Equatable {
  var x: Double
  var y: Double
  var width: Double
  var height: Double
}

/// A point in BPMN diagram interchange coordinates.
struct DiagramPoint: Equatable {
  var x: Double
  var y: Double
}

/// Where everything of one process is drawn, taken from the Graphviz layout of its process map:
/// the map's lane layout (`LaneBands`, a first `dot` pass then positions fixed for `nop2`), the
/// node boxes and the routes of the edges of that second pass. Graphviz points (y up, origin
/// bottom-left) become pixels, 1 pt = 1 px, y down, with a margin that leaves room for the pool's
/// header on the left.
struct ProcessLayout {
  /// Shapes by BPMN element id: flow nodes, call activities, data inputs and outputs.
  var shapes: [String: DiagramBox] = [:]
  /// Lanes by BPMN lane id, each across the pool's full width, touching the next.
  var lanes: [String: DiagramBox] = [:]
  /// The participant's pool: around the lanes (or the flow nodes, when there are none), with a
  /// header on the left.
  var pool = DiagramBox(x: 0, y: 0, width: 0, height: 0)
  /// Waypoints by edge id (`ProcessPlan.edgeId`), and by sequence flow id for a split's flow.
  var routes: [String: [DiagramPoint]] = [:]
  /// Label centres by edge id.
  var labelCentres: [String: DiagramPoint] = [:]

  static let margin = 40.0
  static let poolHeader = 30.0
  static let poolPadding = 20.0
  static let splitSize = 24.0

  /// Lays the plan's process map out with Graphviz; throws Graphviz's error.
  init(_ plan: ProcessPlan) throws(GraphvizError) {
    let view = plan.view
    let routed: RoutedLayout
    do {
      if LaneBands.hasLanes(view) {
        let placed = LaneBands.place(view, measured: try Graphviz.layout(dot: view.dot)) ?? view
        routed = try Graphviz.routedLayout(dot: placed.dot)
      } else {
        routed = try Graphviz.routedLayout(dot: view.dot)
      }
    } catch let error as GraphvizError {
      throw error
    } catch {
      throw GraphvizError(String(describing: error))
    }
    self.init(plan, routed: routed)
  }

  init(_ plan: ProcessPlan, routed: RoutedLayout) {
    let measured = routed.measured
    let allBoxes = Array(measured.nodes.values) + Array(measured.clusters.values)
    let bounds = routed.bounds ?? MeasuredBox(
      minX: allBoxes.map(\.minX).min() ?? 0, minY: allBoxes.map(\.minY).min() ?? 0,
      maxX: allBoxes.map(\.maxX).max() ?? 0, maxY: allBoxes.map(\.maxY).max() ?? 0)
    let left = bounds.minX - Self.margin - Self.poolHeader - Self.poolPadding
    let top = bounds.maxY + Self.margin
    func point(_ point: MeasuredPoint) -> DiagramPoint { DiagramPoint(x: point.x - left, y: top - point.y) }
    func box(_ box: MeasuredBox) -> DiagramBox {
      DiagramBox(x: box.minX - left, y: top - box.maxY, width: box.maxX - box.minX, height: box.maxY - box.minY)
    }

    for (viewId, element) in plan.elements {
      if let node = measured.nodes[viewId] { shapes[element] = box(node) }
    }

    // A split's gateway sits just right of its node, where the node's exits leave it.
    for split in plan.splits.values {
      guard let node = shapes[BPMNIds.node(plan.process.id, split.node)] else { continue }
      let size = Self.splitSize
      let middle = node.y + node.height / 2
      let gateway = DiagramBox(x: node.x + node.width + 2, y: middle - size / 2, width: size, height: size)
      shapes[split.gateway] = gateway
      routes[split.flow] = [DiagramPoint(x: node.x + node.width, y: middle), DiagramPoint(x: gateway.x, y: middle)]
    }

    var laneBoxes: [(String, DiagramBox)] = []
    for lane in plan.lanes {
      if let cluster = measured.clusters[ViewIds.cluster("lane", lane.role)] { laneBoxes.append((lane.id, box(cluster))) }
    }
    if !laneBoxes.isEmpty {
      let minX = laneBoxes.map(\.1.x).min() ?? 0
      let maxX = laneBoxes.map { $0.1.x + $0.1.width }.max() ?? 0
      // Stacked top to bottom; each lane reaches down to the next, the last keeps its bottom.
      let ordered = laneBoxes.sorted { $0.1.y < $1.1.y }
      for (position, (id, lane)) in ordered.enumerated() {
        let bottom = position + 1 < ordered.count ? ordered[position + 1].1.y : lane.y + lane.height
        lanes[id] = DiagramBox(x: minX, y: lane.y, width: maxX - minX, height: bottom - lane.y)
      }
      let poolTop = ordered.first?.1.y ?? 0
      let poolBottom = ordered.last.map { $0.1.y + $0.1.height } ?? 0
      pool = DiagramBox(x: minX - Self.poolHeader, y: poolTop, width: maxX - minX + Self.poolHeader, height: poolBottom - poolTop)
    } else {
      let flowNodes = plan.elements.filter { !$0.key.hasPrefix(ViewIds.input("")) && !$0.key.hasPrefix(ViewIds.output("")) }
        .compactMap { shapes[$0.value] }
      let minX = (flowNodes.map(\.x).min() ?? 0) - Self.poolPadding
      let minY = (flowNodes.map(\.y).min() ?? 0) - Self.poolPadding
      let maxX = (flowNodes.map { $0.x + $0.width }.max() ?? 0) + Self.poolPadding
      let maxY = (flowNodes.map { $0.y + $0.height }.max() ?? 0) + Self.poolPadding
      pool = DiagramBox(x: minX - Self.poolHeader, y: minY, width: maxX - minX + Self.poolHeader, height: maxY - minY)
    }

    for (id, edge) in routed.edges {
      routes[id] = Self.waypoints(edge).map(point)
      if let centre = edge.labelCentre { labelCentres[id] = point(centre) }
    }
    // The exits of a split leave from its gateway.
    for (position, flow) in plan.process.flows.enumerated() {
      guard let split = plan.splits[flow.from], let gateway = shapes[split.gateway],
        let edge = plan.flowEdges.indices.contains(position) ? plan.flowEdges[position] : nil,
        var route = routes[edge], !route.isEmpty
      else { continue }
      route[0] = DiagramPoint(x: gateway.x + gateway.width / 2, y: gateway.y + gateway.height / 2)
      routes[edge] = route
    }
  }

  /// A polyline along the route: the start point, then for every cubic Bézier segment its middle
  /// and its end, then the arrow's tip.
  static func waypoints(_ edge: RoutedEdge) -> [MeasuredPoint] {
    var points: [MeasuredPoint] = edge.start.map { [$0] } ?? []
    let spline = edge.spline
    if let first = spline.first { points.append(first) }
    var index = 0
    while index + 3 < spline.count {
      let (p0, p1, p2, p3) = (spline[index], spline[index + 1], spline[index + 2], spline[index + 3])
      points.append(MeasuredPoint(
        x: (p0.x + 3 * p1.x + 3 * p2.x + p3.x) / 8, y: (p0.y + 3 * p1.y + 3 * p2.y + p3.y) / 8))
      points.append(p3)
      index += 3
    }
    if let end = edge.end { points.append(end) }
    return points
  }
}
