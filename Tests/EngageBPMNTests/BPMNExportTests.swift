import EngageBPMN
import EngageModel
import Foundation
import Testing

@Suite("BPMN export: semantics")
struct BPMNSemanticsTests {
  static func exported(only: String? = nil) throws -> XMLElementNode {
    try XMLTreeReader.read(BPMNExporter.export(try BPMNFixtures.small(), process: only))
  }

  @Test func everyProcessIsAnExecutableProcessWithAParticipant() throws {
    let document = try Self.exported()
    #expect(document.name == "bpmn:definitions")
    #expect(document["targetNamespace"] == "urn:engagemap:model:clinic")
    #expect(document["name"] == "Small Clinic")
    let processes = document.children("bpmn:process")
    #expect(processes.map { $0["id"] } == ["planning", "follow_up"])
    #expect(processes.map { $0["name"] } == ["Care planning", "Follow-up call"])
    #expect(processes.allSatisfy { $0["isExecutable"] == "true" })
    let participants = document.all("bpmn:participant")
    #expect(participants.map { $0["processRef"] } == ["planning", "follow_up"])
  }

  @Test func lanesFollowTheProcessMapOneRolePerLaneFirstPerformerFirst() throws {
    let planning = try #require(try Self.exported().element(id: "planning"))
    let lanes = planning.all("bpmn:lane")
    #expect(lanes.map { $0["name"] } == ["Patient", "General practitioner", "Practice nurse"])
    let members = lanes.map { $0.children("bpmn:flowNodeRef").map(\.text) }
    #expect(members[0].contains("planning.prepare"))
    #expect(members[1].contains("planning.goals"))
    #expect(members[1].contains("planning.agreed"))
    #expect(members[2].contains("planning.record"))
    #expect(members[2].contains("planning-call-follow_up"))
    let everyNode = Set(planning.children.filter { $0.children("bpmn:incoming").count + $0.children("bpmn:outgoing").count > 0 }
      .compactMap { $0["id"] })
    #expect(Set(members.flatMap { $0 }) == everyNode)
  }

  @Test func stepsDecisionsAndEventsBecomeTheirBPMNElements() throws {
    let planning = try #require(try Self.exported().element(id: "planning"))
    func kind(_ id: String) -> String? { planning.element(id: id)?.name }
    #expect(kind("planning.booked") == "bpmn:startEvent")
    #expect(kind("planning.prepare") == "bpmn:userTask")
    #expect(kind("planning.goals") == "bpmn:userTask")
    #expect(kind("planning.agreed") == "bpmn:exclusiveGateway")
    #expect(kind("planning.record") == "bpmn:task")
    #expect(kind("planning.planned") == "bpmn:endEvent")
    #expect(planning.element(id: "planning.agreed")?["name"] == "Plan agreed?")
  }

  @Test func decisionExitsAreNamedByTheirLabelsWithAConditionEach() throws {
    let planning = try #require(try Self.exported().element(id: "planning"))
    let exits = planning.children("bpmn:sequenceFlow").filter { $0["sourceRef"] == "planning.agreed" }
    #expect(exits.map { $0["name"] } == ["yes", "not yet"])
    #expect(exits.map { $0["targetRef"] } == ["planning.record", "planning.goals"])
    for exit in exits {
      let condition = try #require(exit.children("bpmn:conditionExpression").first)
      #expect(condition["xsi:type"] == "bpmn:tFormalExpression")
      #expect(condition.text == "engagemap_choice == '\(exit["id"] ?? "")'")
    }
  }

  @Test func aHandOverIsACallActivityBehindAParallelSplit() throws {
    let planning = try #require(try Self.exported().element(id: "planning"))
    let call = try #require(planning.element(id: "planning-call-follow_up"))
    #expect(call.name == "bpmn:callActivity")
    #expect(call["calledElement"] == "follow_up")
    #expect(call["name"] == "Hand-over to Follow-up call")
    let split = try #require(planning.element(id: "planning-split-record"))
    #expect(split.name == "bpmn:parallelGateway")
    #expect(planning.element(id: "planning.record")?.children("bpmn:outgoing").map(\.text) == ["planning-flow-split-record"])
    let fromSplit = planning.children("bpmn:sequenceFlow").filter { $0["sourceRef"] == "planning-split-record" }
    #expect(fromSplit.map { $0["targetRef"] } == ["planning.planned", "planning-call-follow_up"])
  }

  @Test func inputsAndOutputsAreTheProcessDataWithAssociations() throws {
    let planning = try #require(try Self.exported().element(id: "planning"))
    let io = try #require(planning.children("bpmn:ioSpecification").first)
    #expect(io.children("bpmn:dataInput").map { $0["name"] } == ["Booked visit"])
    #expect(io.children("bpmn:dataOutput").map { $0["name"] } == ["Care plan"])
    #expect(io.all("bpmn:dataInputRefs").map(\.text) == ["planning-input-visit"])
    #expect(io.all("bpmn:dataOutputRefs").map(\.text) == ["planning-output-plan"])
    #expect(io.all("engagemap:supplier").first?["client"] == "patients")
    let associations = planning.children("bpmn:association").map { [$0["sourceRef"], $0["targetRef"]] }
    #expect(associations == [["planning-input-visit", "planning.booked"], ["planning.planned", "planning-output-plan"]])
  }

  @Test func documentationAndExtensionsCarryWhatBPMNHasNoElementFor() throws {
    let planning = try #require(try Self.exported().element(id: "planning"))
    #expect(planning.children("bpmn:documentation").map(\.text) == ["Purpose: Agree a plan with the patient", "Annual planning visit"])
    let process = try #require(planning.children("bpmn:extensionElements").first?.children("engagemap:process").first)
    #expect(process["kind"] == "main")
    #expect(process["owner"] == "gp")
    #expect(process["engagement"] == "involve")
    let measure = try #require(process.children("engagemap:measure").first)
    #expect(measure["id"] == "with_goals")
    #expect(measure["target"] == ">= 80")
    let goals = try #require(planning.element(id: "planning.goals"))
    #expect(goals.children("bpmn:documentation").map(\.text) == ["Goals in the patient's words"])
    let node = try #require(goals.all("engagemap:node").first)
    #expect(node["engagement"] == "collaborate")
    #expect(node.children("engagemap:performer").map { $0["role"] } == ["gp", "patient"])
    #expect(node.children("engagemap:duration").first?["amount"] == "30")
    #expect(node.children("engagemap:duration").first?["unit"] == "minutes")
    #expect(node.children("engagemap:tag").map { $0["name"] } == ["feedback"])
  }

  @Test(arguments: [("planning", ["planning", "follow_up"]), ("follow_up", ["follow_up"])])
  func oneProcessComesWithTheProcessesItHandsOverTo(only: String, expected: [String]) throws {
    let document = try Self.exported(only: only)
    #expect(document.children("bpmn:process").map { $0["id"] } == expected)
    #expect(document.children("bpmndi:BPMNDiagram").count == expected.count)
  }

  @Test func anUnknownProcessIsAnError() throws {
    #expect(throws: BPMNExportError.unknownProcess("nowhere")) {
      try BPMNExporter.export(try BPMNFixtures.small(), process: "nowhere")
    }
  }

  @Test func theSameModelGivesTheSameBytes() throws {
    let first = try BPMNExporter.export(try BPMNFixtures.small())
    let second = try BPMNExporter.export(try BPMNFixtures.small())
    #expect(first == second)
    let riverside = try BPMNExporter.export(try BPMNFixtures.example("riverside"))
    #expect(riverside == (try BPMNExporter.export(try BPMNFixtures.example("riverside"))))
  }

  @Test func hostileTitlesStayLiteralText() throws {
    let hostile = #"<b>&amp; "quoted" 'single' ]]> <!-- x --> \n second line"#
    let model = BPMNFixtures.smallModel
      .replacingOccurrences(of: #""Care planning""#, with: "\"" + hostile.replacingOccurrences(of: "\"", with: "\\\"") + "\"")
      .replacingOccurrences(of: #""yes""#, with: #""<yes> & \"no\"""#)
    let text = try BPMNExporter.export(try BPMNFixtures.graph(model))
    let document = try XMLTreeReader.read(text)
    let title = #"<b>&amp; "quoted" 'single' ]]> <!-- x --> "# + "\n second line"
    #expect(document.element(id: "planning")?["name"] == title)
    #expect(document.element(id: "planning-participant")?["name"] == title)
    #expect(document.element(id: "planning-diagram")?["name"] == title)
    #expect(document.all("bpmn:callActivity").first?["name"] == "Hand-over to Follow-up call")
    #expect(document.element(id: "planning-flow-4")?["name"] == #"<yes> & "no""#)
    #expect(!text.contains("<b>"))
  }
}

@Suite("BPMN export: ids")
struct BPMNIdTests {
  /// Attributes and elements whose value is an id in the same document.
  static let referenceAttributes = ["sourceRef", "targetRef", "bpmnElement", "processRef"]
  static let referenceElements = ["bpmn:flowNodeRef", "bpmn:incoming", "bpmn:outgoing", "bpmn:dataInputRefs", "bpmn:dataOutputRefs"]

  static func isNCName(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first, first.properties.isAlphabetic || first == "_" else { return false }
    return text.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "_.-".unicodeScalars.contains($0)) }
  }

  @Test(arguments: ["small", "riverside", "northshore"])
  func idsAreUniqueNCNamesAndEveryReferenceResolves(model: String) throws {
    let graph = model == "small" ? try BPMNFixtures.small() : try BPMNFixtures.example(model)
    let document = try XMLTreeReader.read(try BPMNExporter.export(graph))
    let ids = document.descendants.filter { $0.name.hasPrefix("bpmn") }.compactMap { $0["id"] }
    #expect(Set(ids).count == ids.count)
    let invalid = ids.filter { !Self.isNCName($0) }
    #expect(invalid.isEmpty, "not NCNames: \(invalid)")
    let known = Set(ids)
    var references = document.descendants.flatMap { element in Self.referenceAttributes.compactMap { element[$0] } }
    references += document.descendants.filter { Self.referenceElements.contains($0.name) }.map(\.text)
    let dangling = references.filter { !known.contains($0) }
    #expect(dangling.isEmpty, "unresolved: \(dangling)")
    let called = document.all("bpmn:callActivity").compactMap { $0["calledElement"] }
    #expect(called.allSatisfy { known.contains($0) })
  }
}
