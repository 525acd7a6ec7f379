import EngageLanguage
import Testing
@testable import EngageRules

@Suite("Rule settings")
struct RuleSettingsTests {
  /// The EM0106 violating example (step 'assess' at 23:10 has no performer) with a settings block.
  static func model(_ settings: String) -> String {
    ExampleModel.make(
      nodes: """
            start received "Request received"
            step assess "Assess urgency"
            end done "Triaged"
        """,
      extra: "settings {\n\(settings)\n}")
  }

  static func findings(_ code: String, settings: String) -> [Diagnostic] {
    RuleCheck.diagnostics(model(settings)).filter { $0.code.rawValue == code }
  }

  /// (settings lines, severity of the EM0106 finding or nil when dropped)
  static let severities: [(String, Severity?)] = [
    ("", .warning),
    ("  rule EM0106 off", nil),
    ("  rule em0106 off", nil),
    ("  rule step-performer off", nil),
    ("  rule step_performer off", nil),
    ("  rule EM0106 error", .error),
    ("  rule step-performer info", .info),
    ("  rule EM0106 off\n}\nsettings {\n  rule EM0106 error", .error),
    ("  rule EM0101 off", .warning),
  ]

  @Test(arguments: severities)
  func settingChangesTheSeverity(settings: String, expected: Severity?) {
    let found = Self.findings("EM0106", settings: settings)
    #expect(found.map(\.severity) == (expected.map { [$0] } ?? []))
    #expect(Self.findings("EM0015", settings: settings).isEmpty)
  }

  @Test func infoNeverFailsARunEvenWhenStrict() {
    let info = Self.findings("EM0106", settings: "  rule EM0106 info")
    #expect(info.count == 1)
    #expect(!RuleRunner.fails(info, strict: true))
    #expect(!RuleRunner.fails(info, strict: false))
    let warning = Self.findings("EM0106", settings: "")
    #expect(RuleRunner.fails(warning, strict: true))
    #expect(!RuleRunner.fails(warning, strict: false))
    #expect(RuleRunner.fails(Self.findings("EM0106", settings: "  rule EM0106 error"), strict: false))
  }

  /// (setting line, expected EM0015 message)
  static let unknown: [(String, String)] = [
    ("  rule EM0399 off", "unknown rule 'EM0399' in settings; did you mean 'EM0309'?"),
    ("  rule step-performr off", "unknown rule 'step-performr' in settings; did you mean 'step-performer'?"),
    ("  rule step_performr off", "unknown rule 'step_performr' in settings; did you mean 'step_performer'?"),
    ("  rule nonsense_rule_name off", "unknown rule 'nonsense_rule_name' in settings; `engagemap rules` lists the rules"),
    (
      "  rule EM0007 off",
      "'EM0007' is a language diagnostic (EM00xx): those are always errors and cannot be configured"
    ),
  ]

  @Test(arguments: unknown)
  func unknownRuleIsAnErrorAtTheSetting(setting: String, message: String) throws {
    let errors = Self.findings("EM0015", settings: setting)
    let error = try #require(errors.first)
    #expect(errors.count == 1)
    #expect(error.severity == .error)
    #expect(error.message == message)
    #expect(RuleCheck.location(error) == "42:8")
    #expect(Self.findings("EM0106", settings: setting).map(\.severity) == [.warning])
  }

  @Test func suggestionComesWithAFixIt() throws {
    let error = try #require(Self.findings("EM0015", settings: "  rule step_performr off").first)
    #expect(error.fixIts.map(\.replacement) == ["step_performer"])
  }

  /// Settings as the resolver hands them over, for names the parser may not accept yet.
  static func setting(_ rule: String, _ severity: SeveritySetting) -> RuleSetting {
    let file = SourceFile(path: "settings.engage", text: "rule \(rule) \(severity.rawValue)")
    let ruleRange = SourceRange(file: file, start: 5, end: 5 + rule.utf8.count)
    let severityRange = SourceRange(file: file, start: ruleRange.end + 1, end: file.bytes.count)
    return RuleSetting(
      rule: Identifier(name: rule, range: ruleRange), severity: Word(value: severity, range: severityRange),
      range: SourceRange(file: file, start: 0, end: file.bytes.count))
  }

  @Test func kebabCaseNamesAreLookedUp() throws {
    let descriptor = try #require(RuleRegistry.rule(named: "EM0106")).descriptor
    let settings = RuleSettings([Self.setting("step-performer", .off), Self.setting("EM0101", .info)])
    #expect(settings.diagnostics.isEmpty)
    #expect(settings.severity(of: descriptor) == nil)
    let start = try #require(RuleRegistry.rule(named: "single-start-event")).descriptor
    #expect(settings.severity(of: start) == .info)
    let typo = RuleSettings([Self.setting("step-performr", .off)])
    #expect(typo.diagnostics.map(\.message) == ["unknown rule 'step-performr' in settings; did you mean 'step-performer'?"])
    #expect(typo.diagnostics.map(RuleCheck.location) == ["1:6"])
  }
}
