import EngageBPMN
import EngageGraphviz
import EngageModel
import Foundation
import Testing

@Suite("BPMN export: diagram interchange")
struct BPMNDiagramTests {
  struct Box {
    let x, y, width, height: Double
    var maxX: Double { x + width }
    var maxY: Double { y + height }
    func contains(_ other: Box) -> Bool { other.x >= x && other.y >= y && other.maxX <= maxX && other.maxY <= maxY }
  }

  static func box(_ shape: XMLElementNode) -> Box? {
    guard let bounds = shape.children("dc:Bounds").first,
      let x = bounds["x"].flatMap(Double.init), let y = bounds["y"].flatMap(Double.init),
      let width = bounds["width"].flatMap(Double.init), let height = bounds["height"].flatMap(Double.init)
    else { return nil }
    return Box(x: x, y: y, width: width, height: height)
  }

  @Test(arguments: ["small", "riverside", "northshore"])
  func everyElementIsDrawnAndEveryFlowRouted(model: String) throws {
    let graph = model == "small" ? try BPMNFixtures.small() : try BPMNFixtures.example(model)
    let document = try XMLTreeReader.read(try BPMNExporter.export(graph))
    for process in document.children("bpmn:process") {
      let id = try #require(process["id"])
      let diagram = try #require(document.element(id: id + "-diagram"))
      let plane = try #require(diagram.children("bpmndi:BPMNPlane").first)
      #expect(plane["bpmnElement"] == id + "-collaboration")
      var shapes: [String: Box] = [:]
      for shape in plane.children("bpmndi:BPMNShape") {
        if let element = shape["bpmnElement"], let box = Self.box(shape) { shapes[element] = box }
      }
      let drawn = process.children.filter { !$0.children("bpmn:incoming").isEmpty || !$0.children("bpmn:outgoing").isEmpty }
      for node in drawn {
        let box = try #require(shapes[node["id"] ?? ""], "\(node["id"] ?? "") has no shape")
        #expect(box.width > 0 && box.height > 0)
      }
      let pool = try #require(shapes[id + "-participant"])
      let lanes = process.all("bpmn:lane").compactMap { $0["id"].flatMap { shapes[$0] } }
      #expect(lanes.count == process.all("bpmn:lane").count)
      for (upper, lower) in zip(lanes, lanes.dropFirst()) {
        #expect(upper.maxY == lower.y, "lanes of \(id) are not stacked in order")
      }
      for lane in lanes { #expect(pool.contains(lane)) }
      for lane in process.all("bpmn:lane") {
        let laneBox = try #require(shapes[lane["id"] ?? ""])
        for member in lane.children("bpmn:flowNodeRef") {
          let memberBox = try #require(shapes[member.text])
          let middle = memberBox.y + memberBox.height / 2
          #expect(middle >= laneBox.y && middle <= laneBox.maxY, "\(member.text) is drawn outside its lane")
        }
      }
      let edges = Set(plane.children("bpmndi:BPMNEdge").filter { $0.children("di:waypoint").count >= 2 }.compactMap { $0["bpmnElement"] })
      for flow in process.children("bpmn:sequenceFlow") + process.children("bpmn:association") {
        #expect(edges.contains(flow["id"] ?? ""), "\(flow["id"] ?? "") has no edge")
      }
    }
  }

  /// How far a point lies outside a box (0 inside).
  static func distance(_ x: Double, _ y: Double, from box: Box) -> Double {
    let dx = max(box.x - x, 0, x - box.maxX)
    let dy = max(box.y - y, 0, y - box.maxY)
    return (dx * dx + dy * dy).squareRoot()
  }

  static func point(_ waypoint: XMLElementNode?) throws -> (Double, Double) {
    let waypoint = try #require(waypoint)
    return (try #require(waypoint["x"].flatMap(Double.init)), try #require(waypoint["y"].flatMap(Double.init)))
  }

  @Test(arguments: ["planning-flow-4", "planning-flow-5"])
  func namedExitsHaveLabelsAndEdgesRunFromShapeToShape(flow: String) throws {
    let document = try XMLTreeReader.read(try BPMNExporter.export(try BPMNFixtures.small()))
    let edge = try #require(document.element(id: flow + "-di"))
    #expect(edge.children("bpmndi:BPMNLabel").first?.children("dc:Bounds").isEmpty == false)
    let waypoints = edge.children("di:waypoint")
    #expect(waypoints.count >= 3)
    let sequenceFlow = try #require(document.element(id: flow))
    let source = try #require(document.element(id: (sequenceFlow["sourceRef"] ?? "") + "-di").flatMap(Self.box))
    let target = try #require(document.element(id: (sequenceFlow["targetRef"] ?? "") + "-di").flatMap(Self.box))
    let start = try Self.point(waypoints.first)
    let end = try Self.point(waypoints.last)
    #expect(Self.distance(start.0, start.1, from: source) < 3, "\(flow) starts away from its source")
    #expect(Self.distance(end.0, end.1, from: target) < 3, "\(flow) ends away from its target")
  }

  @Test func graphvizReportsEdgeRoutesByIdWithLabels() throws {
    let layout = try Graphviz.routedLayout(dot: #"digraph g { rankdir=LR; a -> b [id="first", label="yes"]; b -> c; a -> c [id="second"] }"#)
    let first = try #require(layout.edges["first"])
    #expect(first.spline.count >= 4 && (first.spline.count - 1) % 3 == 0)
    #expect(first.end != nil)
    #expect(first.labelCentre != nil)
    #expect(layout.edges["second"]?.labelCentre == nil)
    #expect(layout.edges.count == 2)
    let bounds = try #require(layout.bounds)
    #expect(bounds.maxX > bounds.minX)
    #expect(layout.measured.nodes.keys.sorted() == ["a", "b", "c"])
  }
}
