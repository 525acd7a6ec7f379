import EngageLanguage
import Foundation
import EngageModel
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
    ("  rule EM0101 off", .warning),
  ]

  @Test(arguments: severities)
  func settingChangesTheSeverity(settings: String, expected: Severity?) {
    let found = Self.findings("EM0106", settings: settings)
    #expect(found.map(\.severity) == (expected.map { [$0] } ?? []))
    #expect(Self.findings("EM0015", settings: settings).isEmpty)
  }

  /// (settings lines, expected EM0015 `line:col`, message, note `line:col`, EM0106 severity: the
  /// first setting counts)
  static let duplicates: [(String, String, String, String, Severity?)] = [
    (
      "  rule EM0106 off\n}\nsettings {\n  rule EM0106 error", "45:8",
      "rule EM0106 is already set to 'off' at model.engage:42; set each rule once", "42:8", nil
    ),
    (
      "  rule step-performer error\n  rule em0106 info", "43:8",
      "rule EM0106 is already set to 'error' at model.engage:42; set each rule once", "42:8", .error
    ),
    (
      "  rule EM0106 info\n  rule step_performer info", "43:8",
      "rule 'step_performer' (EM0106) is already set to 'info' at model.engage:42; set each rule once", "42:8", .info
    ),
  ]

  @Test(arguments: duplicates)
  func ruleSetTwiceIsAnErrorWithANoteAtTheFirstSetting(
    settings: String, location: String, message: String, noteLocation: String, severity: Severity?
  ) throws {
    let errors = Self.findings("EM0015", settings: settings)
    let error = try #require(errors.first)
    #expect(errors.count == 1)
    #expect(error.severity == .error)
    #expect(RuleCheck.location(error) == location)
    #expect(error.message == message)
    #expect(error.notes.map { $0.range.map { "\($0.startLocation)" } } == [noteLocation])
    #expect(Self.findings("EM0106", settings: settings).map(\.severity) == (severity.map { [$0] } ?? []))
  }

  @Test func settingsErrorsAreInLocationOrderAmongRuleFindings() {
    let model = Self.model("  rule EM0106 error\n}\nsettings {\n  rule EM0106 off").replacingOccurrences(
      of: "organisation clinic", with: "settings { rule EM9999 off }\norganisation clinic")
    let order = RuleCheck.diagnostics(model).filter { $0.code == "EM0015" || $0.code == "EM0106" }
      .map { "\($0.code) \(RuleCheck.location($0))" }
    #expect(order == ["EM0015 1:17", "EM0106 24:10", "EM0015 46:8"])
  }

  @Test func ruleSetInTwoFilesNamesTheFirstFileAndLine() throws {
    let files = [
      SourceFile(path: "/virtual/m/a.engage", text: ExampleModel.make(extra: "settings { rule EM0207 off }")),
      SourceFile(path: "/virtual/m/b.engage", text: "\nsettings {\n  rule process-has-measure warning\n}\n"),
    ]
    let loaded = ModelLoader.load(files: files, root: "/virtual/m")
    let graph = try #require(loaded.graph)
    let errors = RuleRunner.check(graph).filter { $0.code == "EM0015" }
    #expect(errors.map { "\($0.range?.file.path ?? "-"):\(RuleCheck.location($0))" } == ["/virtual/m/b.engage:3:8"])
    #expect(
      errors.first?.message
        == "rule 'process-has-measure' (EM0207) is already set to 'off' at /virtual/m/a.engage:41; set each rule once")
    #expect(errors.first?.notes.first?.range.map { "\($0.file.path):\($0.startLocation)" } == "/virtual/m/a.engage:41:17")
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
      "  rule EM0401 off",
      "'EM0401' is a measure-data diagnostic (EM04xx) about a data file, not the model: it cannot be configured in settings"
    ),
    (
      "  rule EM0007 off",
      "'EM0007' is a language diagnostic (EM00xx): those cannot be configured"
    ),
    // Codes of the groups no rule belongs to are refused by their range (RuleCatalogue.groups).
    // A data code's name is EngageMeasures', which EngageRules does not read: it is an unknown
    // rule, as a language code's name always was.
    (
      "  rule em0499 off",
      "'em0499' is a measure-data diagnostic (EM04xx) about a data file, not the model: it cannot be configured in settings"
    ),
    ("  rule unknown-measure off", "unknown rule 'unknown-measure' in settings; `engagemap rules` lists the rules"),
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
