import EngageLanguage
import EngageModel
import Testing
@testable import EngageRules

@Suite("Rule runner")
struct RuleRunnerTests {
  /// A model of in-memory files with nothing for model-wide findings to point at, and where
  /// EM0308 and EM0311 must point instead: `path:line:col` and the text under the caret.
  struct AnchorCase: CustomTestStringConvertible, Sendable {
    let name: String
    let files: [(path: String, text: String)]
    let location: String
    let text: String
    var testDescription: String { name }
  }

  static let anchorCases: [AnchorCase] = [
    AnchorCase(name: "an empty file", files: [("main.engage", "")], location: "main.engage:1:1", text: ""),
    AnchorCase(
      name: "a model of roles after a comment",
      files: [("main.engage", "# who takes part\n\nrole r \"R\" { kind staff }\nrole s \"S\" { kind staff }\n")],
      location: "main.engage:3:1", text: "role r"),
    AnchorCase(
      name: "the first declaration in file order, not the first file",
      files: [("b.engage", "client c \"C\" { kind external }\n"), ("a.engage", "# nothing yet\n")],
      location: "b.engage:1:1", text: "client c"),
    AnchorCase(
      name: "a process declared after a role in the same file",
      files: [("main.engage", "role r \"R\"\nprocess p \"P\" { owner r }\n")],
      location: "main.engage:1:1", text: "role r"),
    AnchorCase(
      name: "only settings",
      files: [("main.engage", "settings { rule EM0106 off }\n")],
      location: "main.engage:1:12", text: "rule EM0106"),
  ]

  @Test(arguments: anchorCases)
  func modelWideFindingsPointAtTheFirstDeclaration(_ testCase: AnchorCase) throws {
    let root = "/virtual/anchor"
    let loaded = ModelLoader.load(
      files: testCase.files.map { SourceFile(path: "\(root)/\($0.path)", text: $0.text) }, root: root)
    let graph = try #require(loaded.graph)
    let findings = RuleRunner.check(graph).filter { $0.code == "EM0308" || $0.code == "EM0311" }
    #expect(findings.map(\.code.rawValue) == ["EM0308", "EM0311"])
    for finding in findings {
      let range = try #require(finding.range)
      #expect("\(range.file.path.dropFirst(root.count + 1)):\(range.startLocation)" == testCase.location)
      #expect(range.file.text(of: range) == testCase.text)
    }
    #expect(RuleRunner.check(graph).allSatisfy { $0.range != nil })
  }

  @Test("rules run one after another report exactly what they report on every core", arguments: RuleRegistry.all.map(\.descriptor.code.rawValue))
  func sequentialRunMatchesConcurrentRun(code: String) throws {
    let rule = try #require(RuleRegistry.all.first { $0.descriptor.code.rawValue == code })
    let loaded = ModelLoader.load(files: [SourceFile(path: "example.engage", text: rule.descriptor.violatingExample)], root: ".")
    let graph = try #require(loaded.graph)
    let concurrent = RuleRunner.check(graph)
    #expect(concurrent.contains { $0.code.rawValue == code })
    #expect(RuleRunner.check(graph, concurrently: false) == concurrent)
  }
}
