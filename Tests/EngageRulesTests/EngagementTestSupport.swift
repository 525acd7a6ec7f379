import EngageLanguage
import EngageModel
import EngageRules
import Testing

/// Loads small in-memory models and runs single engagement rules over them.
enum EngagementFixture {
  /// The engagement rule with a code, failing the test when it is not registered.
  static func rule(_ code: String) throws -> any Rule {
    try #require(RuleRegistry.rule(named: code), "rule \(code) is not in the registry")
  }

  /// Parses and resolves one file of model text; fails the test on any language error.
  static func graph(_ text: String, path: String = "/engagement-tests/model.engage") throws -> ProcessGraph {
    let result = ModelLoader.load(files: [SourceFile(path: path, text: text)], root: "/engagement-tests")
    let errors = result.diagnostics.filter { $0.severity == .error }
    guard errors.isEmpty, let graph = result.graph else {
      throw ModelDoesNotLoad(errors: errors.map { "\($0.range.map { "\($0.startLocation)" } ?? "-"): \($0.message)" })
    }
    return graph
  }

  /// A test model that has language or reference errors.
  struct ModelDoesNotLoad: Error, CustomStringConvertible {
    let errors: [String]
    var description: String { "the model does not load: " + errors.joined(separator: "; ") }
  }

  /// The findings of one rule over the model text.
  static func findings(_ code: String, in text: String) throws -> [Finding] {
    try rule(code).check(RuleContext(graph: graph(text)))
  }

  /// `line:col` of each finding, in the order the rule reported them.
  static func positions(_ findings: [Finding]) -> [String] {
    findings.map { $0.range.map { "\($0.startLocation)" } ?? "-" }
  }

  /// Findings of every error-level rule other than `code` over the model text.
  static func otherErrors(besides code: String, in text: String) throws -> [String] {
    let context = RuleContext(graph: try graph(text))
    return RuleRegistry.all
      .filter { $0.descriptor.defaultSeverity == .error && $0.descriptor.code.rawValue != code }
      .flatMap { rule in
        rule.check(context).map { "\(rule.descriptor.code) \($0.range.map { "\($0.startLocation)" } ?? "-"): \($0.message)" }
      }
  }

  /// A one-file model: organisation, client, a role of every kind the engagement rules look at,
  /// a mega-process at `level` holding process `work` (kind, owner and purpose given, then
  /// `process` lines, each indented by four spaces), then `topLevel` declarations.
  ///
  /// The process's lines start at line 25, so `process[i]` is at line 25 + i (plus the number of
  /// `organisation` lines).
  static func model(
    level: String = "organisation", organisation: [String] = [], process: [String], topLevel: String = ""
  ) -> String {
    var lines = [
      "organisation clinic \"Hillside Clinic\" {",
      "  purpose \"Safe care co-produced with patients\"",
      "  goal safety \"Safer care\"",
    ]
    lines += organisation.map { "  " + $0 }
    lines += [
      "}",
      "",
      "client community \"Service-user community\" { kind external }",
      "",
      "role patient \"Patient\" { kind patient }",
      "role family \"Family member\" { kind family }",
      "role partner \"Patient partner\" { kind patient_partner }",
      "role carer_partner \"Carer partner\" { kind patient_partner }",
      "role nurse \"Practice nurse\" { kind clinician }",
      "role facilitator \"Improvement facilitator\" { kind facilitator }",
      "role sponsor \"Service manager\" { kind manager }",
      "",
      "megaprocess work \"Work\" {",
      "  client community",
      "  goals safety",
      "  level \(level)",
      "",
      "  process work_process \"Work process\" {",
      "    kind main",
      "    owner nurse",
      "    purpose \"Do the work with patients\"",
    ]
    lines += process.map { "    " + $0 }
    lines += ["  }", "}", ""]
    if !topLevel.isEmpty { lines.append(topLevel) }
    return lines.joined(separator: "\n")
  }
}
