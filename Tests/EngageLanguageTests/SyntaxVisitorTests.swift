import EngageLanguage
import Testing

/// The walker hands every declaration to a visitor, in source order.
@Suite struct SyntaxVisitorTests {
  struct Recorder: SyntaxVisitor {
    var visited: [String] = []
    mutating func visit(_ node: OrganisationDecl) { visited.append("organisation \(node.id.name)") }
    mutating func visit(_ node: GoalDecl) { visited.append("goal \(node.id.name)") }
    mutating func visit(_ node: ClientDecl) { visited.append("client \(node.id.name)") }
    mutating func visit(_ node: RoleDecl) { visited.append("role \(node.id.name)") }
    mutating func visit(_ node: MegaprocessDecl) { visited.append("megaprocess \(node.id.name)") }
    mutating func visit(_ node: ProcessDecl) { visited.append("process \(node.id.name)") }
    mutating func visit(_ node: InputDecl) { visited.append("input \(node.id.name)") }
    mutating func visit(_ node: OutputDecl) { visited.append("output \(node.id.name)") }
    mutating func visit(_ node: StepDecl) { visited.append("\(node.kind.value.rawValue) \(node.id.name)") }
    mutating func visit(_ node: FlowDecl) { visited.append("flow \(node.nodes.map(\.description).joined(separator: ">"))") }
    mutating func visit(_ node: MeasureDecl) { visited.append("measure \(node.id.name)") }
    mutating func visit(_ node: RelationDecl) { visited.append("relation \(node.id.name)") }
    mutating func visit(_ node: IncludeDecl) { visited.append("include \(node.path.value)") }
    mutating func visit(_ node: SettingsDecl) { visited.append("settings") }
    mutating func visit(_ node: RuleSetting) { visited.append("rule \(node.rule.name)") }
    mutating func visit(_ node: EngageLanguage.Comment) { visited.append("comment") }
  }

  @Test func visitsEveryDeclarationInSourceOrder() throws {
    let result = Parser.parse(try Fixtures.sourceFile("Golden", "full_example.engage"))
    var recorder = Recorder()
    result.syntax.walk(&recorder)
    #expect(
      recorder.visited == [
        "organisation riverside", "goal partnership", "goal openness", "client patients", "role patient",
        "role partner", "role gp", "role nurse", "megaprocess care", "process planning", "input visit",
        "output plan", "start booked", "step prepare", "step goals", "decision agreed", "step record", "end done",
        "flow booked>prepare>goals>agreed", "flow agreed>record", "flow agreed>goals", "flow record>done",
        "measure plans_with_goals", "relation plan_handover", "measure plan_shared_on_time",
        "include roles.engage", "settings", "rule EM0301", "comment", "comment", "comment", "comment", "comment",
      ])
  }

  @Test func defaultMethodsLetAVisitorPickWhatItNeeds() throws {
    struct MeasureCounter: SyntaxVisitor {
      var count = 0
      mutating func visit(_ node: MeasureDecl) { count += 1 }
    }
    let result = Parser.parse(try Fixtures.sourceFile("Golden", "measure.engage"))
    var counter = MeasureCounter()
    result.syntax.walk(&counter)
    #expect(counter.count == 8)
  }
}
