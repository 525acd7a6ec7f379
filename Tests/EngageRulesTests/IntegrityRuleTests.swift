import EngageLanguage
import Testing
@testable import EngageRules

@Suite("Process-map integrity rules (EM01xx)")
struct IntegrityRuleTests {
  static func process(nodes: String, flows: String) -> String {
    ExampleModel.make(nodes: nodes, flows: flows)
  }

  static let cases: [RuleCase] = [
    .violating("EM0101", at: ["23:11"]), .fixed("EM0101"),
    RuleCase(
      "EM0101 no start event", "EM0101",
      process(nodes: "    step assess \"Assess\" by nurse\n    end done \"Done\"", flows: "    assess -> done"),
      at: ["15:11"]),
    RuleCase(
      "EM0101 three start events", "EM0101",
      process(
        nodes: "    start a \"A\"\n    start b \"B\"\n    start c \"C\"\n    end done \"Done\"",
        flows: "    a -> done\n    b -> done\n    c -> done"),
      at: ["23:11", "24:11"]),
    RuleCase("EM0101 a process without a map", "EM0101", process(nodes: "", flows: ""), at: []),

    .violating("EM0102", at: ["15:11"]), .fixed("EM0102"),

    .violating("EM0103", at: ["24:10"]), .fixed("EM0103"),
    RuleCase(
      "EM0103 every node of an orphan chain", "EM0103",
      process(
        nodes: "    start s \"S\"\n    step a \"A\" by nurse\n    step b \"B\" by nurse\n    end done \"Done\"",
        flows: "    s -> done\n    a -> b -> done"),
      at: ["23:10", "24:10"]),

    .violating("EM0104", at: ["25:10"]), .fixed("EM0104"),
    RuleCase(
      "EM0104 a closed loop is reported once, at its first step", "EM0104",
      process(
        nodes: "    start s \"S\"\n    step a \"A\" by nurse\n    step b \"B\" by nurse\n    step c \"C\" by nurse\n    end done \"Done\"",
        flows: "    s -> a -> b -> c -> b\n    s -> done"),
      at: ["24:10"]),
    RuleCase(
      "EM0104 a chain into a dead end is reported at the dead end only", "EM0104",
      process(
        nodes: "    start s \"S\"\n    step a \"A\" by nurse\n    step b \"B\" by nurse\n    end done \"Done\"",
        flows: "    s -> a -> b\n    s -> done"),
      at: ["24:10"]),
    RuleCase(
      "EM0104 a self-loop is a closed loop", "EM0104",
      process(
        nodes: "    start s \"S\"\n    step a \"A\" by nurse\n    end done \"Done\"",
        flows: "    s -> a -> a\n    s -> done"),
      at: ["23:10"]),
    RuleCase(
      "EM0104 a loop with an exit is fine", "EM0104",
      process(
        nodes: "    start s \"S\"\n    step a \"A\" by nurse\n    decision ok \"OK?\" by nurse\n    end done \"Done\"",
        flows: "    s -> a -> ok\n    ok -> a when \"no\"\n    ok -> done when \"yes\""),
      at: []),

    .violating("EM0105", at: ["29:5"]), .fixed("EM0105"),
    RuleCase(
      "EM0105 a decision with one exit", "EM0105",
      process(
        nodes: "    start s \"S\"\n    decision ok \"OK?\" by nurse\n    end done \"Done\"",
        flows: "    s -> ok\n    ok -> done when \"yes\""),
      at: ["23:14"]),

    RuleCase(
      "EM0105 two exits with the same answer: the second is reported", "EM0105",
      process(
        nodes: "    start s \"S\"\n    decision ok \"OK?\" by nurse\n    end done \"Done\"\n    end other \"Other\"",
        flows: "    s -> ok\n    ok -> done when \"yes\"\n    ok -> other when \"Yes \""),
      at: ["29:22"]),
    RuleCase(
      "EM0105 an empty label", "EM0105",
      process(
        nodes: "    start s \"S\"\n    decision ok \"OK?\" by nurse\n    end done \"Done\"\n    end other \"Other\"",
        flows: "    s -> ok\n    ok -> done when \"yes\"\n    ok -> other when \"  \""),
      at: ["29:22"]),
    RuleCase(
      "EM0105 distinct answers are fine", "EM0105",
      process(
        nodes: "    start s \"S\"\n    decision ok \"OK?\" by nurse\n    end done \"Done\"\n    end other \"Other\"",
        flows: "    s -> ok\n    ok -> done when \"yes\"\n    ok -> other when \"no\""),
      at: []),

    .violating("EM0106", at: ["23:10"]), .fixed("EM0106"),
    RuleCase(
      "EM0106 start and end events need no performer", "EM0106",
      process(nodes: "    start s \"S\"\n    step a \"A\" by nurse, patient\n    end done \"Done\"", flows: "    s -> a -> done"),
      at: []),

    .violating("EM0107", at: ["27:5", "27:5"]), .fixed("EM0107"),

    .violating("EM0108", at: ["28:5"]), .fixed("EM0108"),
    RuleCase(
      "EM0108 a hand-over to the process's own id", "EM0108",
      process(
        nodes: "    start s \"S\"\n    decision ok \"OK?\" by nurse\n    end done \"Done\"",
        flows: "    s -> ok\n    ok -> done when \"yes\"\n    ok -> triage when \"no\""),
      at: ["28:5"]),

    .violating("EM0109", at: ["26:29"]), .fixed("EM0109"),
    RuleCase(
      "EM0109 a label on a step's flow", "EM0109",
      process(
        nodes: "    start s \"S\"\n    step a \"A\" by nurse\n    end done \"Done\"",
        flows: "    s -> a\n    a -> done when \"why\""),
      at: ["27:20"]),
    RuleCase(
      "EM0109 labels on decision exits are fine", "EM0109",
      process(
        nodes: "    start s \"S\"\n    decision ok \"OK?\" by nurse\n    end done \"Done\"\n    step a \"A\" by nurse",
        flows: "    s -> ok\n    ok -> done when \"yes\"\n    ok -> a -> done when \"no\""),
      at: []),
  ]

  @Test(arguments: cases)
  func findingsAreWhereExpected(_ testCase: RuleCase) throws {
    try #require(RuleRegistry.rule(named: testCase.code) != nil, "no rule \(testCase.code)")
    #expect(RuleCheck.languageErrors(testCase.model) == [])
    #expect(RuleCheck.locations(of: testCase.code, in: testCase.model) == testCase.expected)
  }

  @Test func unreachableStepHasANoteAtTheStartEvent() throws {
    let example = try #require(RuleRegistry.rule(named: "EM0103")).descriptor.violatingExample
    let finding = try #require(RuleCheck.diagnostics(example).first { $0.code == "EM0103" })
    #expect(finding.severity == .error)
    #expect(finding.message.contains("cannot be reached from the start event 'received'"))
    let note = try #require(finding.notes.first)
    #expect(note.message == "the start event 'received' is here")
    #expect(note.range.map { "\($0.startLocation)" } == "22:11")
  }

  @Test func secondStartEventHasANoteAtTheOtherStart() throws {
    let example = try #require(RuleRegistry.rule(named: "EM0101")).descriptor.violatingExample
    let finding = try #require(RuleCheck.diagnostics(example).first { $0.code == "EM0101" })
    #expect(finding.notes.map(\.message) == ["the other start event 'received' is here"])
    #expect(finding.notes.first?.range.map { "\($0.startLocation)" } == "22:11")
  }

  @Test func duplicateExitLabelHasANoteAtTheFirstExit() throws {
    let model = Self.process(
      nodes: "    start s \"S\"\n    decision ok \"OK?\" by nurse\n    end done \"Done\"",
      flows: "    s -> ok\n    ok -> done when \"yes\"\n    ok -> done when \"yes\"")
    let finding = try #require(RuleCheck.diagnostics(model).first { $0.code == "EM0105" })
    #expect(finding.message.hasPrefix("decision 'ok' has two exits labelled \"yes\""))
    #expect(finding.notes.map(\.message) == ["the first exit labelled \"yes\" is here"])
    #expect(finding.notes.first?.range.map { "\($0.startLocation)" } == "27:21")
  }

  @Test func closedLoopNamesItsStepsAndNotesTheOthers() throws {
    let model = Self.process(
      nodes: "    start s \"S\"\n    step a \"A\" by nurse\n    step b \"B\" by nurse\n    step c \"C\" by nurse\n    end done \"Done\"",
      flows: "    s -> a -> b -> c -> b\n    s -> done")
    let finding = try #require(RuleCheck.diagnostics(model).first { $0.code == "EM0104" })
    #expect(finding.message.contains("steps 'b', 'c' of process 'triage' form a closed loop"))
    #expect(finding.notes.map(\.message) == ["'c' is part of the loop"])
  }

  @Test func longMapsAreCheckedWithoutDeepRecursion() {
    let count = 20_000
    var nodes = "    start s \"S\"\n    end done \"Done\"\n"
    var flows = "    s -> done\n    s"
    for index in 0..<count {
      nodes += "    step n\(index) \"Step \(index)\" by nurse\n"
      flows += " -> n\(index)"
    }
    flows += " -> n0"
    let findings = RuleCheck.diagnostics(Self.process(nodes: nodes, flows: flows)).filter { $0.code == "EM0104" }
    #expect(findings.count == 1)
    #expect(findings.first?.message.contains("form a closed loop") == true)
  }
}
