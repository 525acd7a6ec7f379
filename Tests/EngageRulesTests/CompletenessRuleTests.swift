import EngageLanguage
import Testing
@testable import EngageRules

@Suite("Completeness rules (EM02xx)")
struct CompletenessRuleTests {
  static func measure(unit: String, target: String, warning: String? = nil, direction: String? = nil) -> String {
    let warningLine = (warning.map { "      warning \($0)\n" } ?? "") + (direction.map { "      direction \($0)\n" } ?? "")
    return ExampleModel.make(
      measure: """
            measure m "M" {
              type outcome
              unit \(unit)
              target \(target)
        \(warningLine)      frequency monthly
              source "Log"
              owner nurse
            }
        """)
  }

  static let cases: [RuleCase] = [
    .violating("EM0201", at: ["1:14"]), .fixed("EM0201"),
    RuleCase(
      "EM0201 no goal", "EM0201",
      ExampleModel.make(
        organisation: "organisation clinic \"Hillside Clinic\" {\n  purpose \"Care\"\n}",
        megaprocessProperties: "  client patients"),
      at: ["1:14"]),
    .violating("EM0202", at: ["4:8"]), .fixed("EM0202"),
    .violating("EM0203", at: ["11:13"]), .fixed("EM0203"),
    .violating("EM0204", at: ["41:13"]), .fixed("EM0204"),
    .violating("EM0205", at: ["15:11", "15:11"]), .fixed("EM0205"),
    .violating("EM0206", at: ["15:11", "15:11"]), .fixed("EM0206"),
    .violating("EM0207", at: ["24:11"]), .fixed("EM0207"),
    .violating("EM0208", at: ["28:13"]), .fixed("EM0208"),
    .violating("EM0209", at: ["32:7"]), .fixed("EM0209"),
    RuleCase("EM0209 a percentage above 100", "EM0209", measure(unit: "percent", target: ">= 120"), at: ["31:17"]),
    RuleCase(
      "EM0209 a percentage band outside 0–100", "EM0209",
      measure(unit: "percent", target: "between -5 and 50"), at: ["31:22"]),
    RuleCase("EM0209 a negative count", "EM0209", measure(unit: "count", target: "<= -1"), at: ["31:17"]),
    RuleCase("EM0209 a score may be negative", "EM0209", measure(unit: "score", target: ">= -2"), at: []),
    RuleCase("EM0209 warning below an upward target", "EM0209", measure(unit: "percent", target: ">= 80", warning: ">= 70"), at: []),
    RuleCase("EM0209 warning above an upward target", "EM0209", measure(unit: "percent", target: ">= 80", warning: ">= 90"), at: ["32:7"]),
    RuleCase("EM0209 warning pointing the wrong way", "EM0209", measure(unit: "percent", target: ">= 80", warning: "<= 70"), at: ["32:7"]),
    RuleCase("EM0209 warning above a downward target", "EM0209", measure(unit: "days", target: "<= 2", warning: "<= 4"), at: []),
    RuleCase("EM0209 warning below a downward target", "EM0209", measure(unit: "days", target: "<= 2", warning: "<= 1"), at: ["32:7"]),
    RuleCase(
      "EM0209 a warning band enclosing a target band", "EM0209",
      measure(unit: "score", target: "between 40 and 60", warning: "between 30 and 70"), at: []),
    RuleCase(
      "EM0209 a warning band inside a target band", "EM0209",
      measure(unit: "score", target: "between 40 and 60", warning: "between 45 and 55"), at: ["32:7"]),
    RuleCase(
      "EM0209 a negative count target with a warning pointing down", "EM0209",
      measure(unit: "count", target: ">= -5", warning: "<= -10"), at: ["31:17", "32:7", "32:18"]),
    RuleCase(
      "EM0209 a between warning band below an upward target", "EM0209",
      measure(unit: "percent", target: ">= 80", warning: "between 70 and 80"), at: []),
    RuleCase(
      "EM0209 a between warning band across an upward target", "EM0209",
      measure(unit: "percent", target: ">= 80", warning: "between 70 and 90"), at: ["32:7"]),
    RuleCase(
      "EM0209 direction up with a downward target", "EM0209",
      measure(unit: "count", target: "<= 10", direction: "up"), at: ["32:7"]),
    RuleCase(
      "EM0209 direction down with an upward target", "EM0209",
      measure(unit: "percent", target: "> 50", direction: "down"), at: ["32:7"]),
    RuleCase(
      "EM0209 direction agreeing with the target", "EM0209",
      measure(unit: "count", target: "<= 10", direction: "down"), at: []),
    RuleCase(
      "EM0209 direction with an exact target", "EM0209",
      measure(unit: "score", target: "= 5", direction: "up"), at: []),
    RuleCase(
      "EM0209 a warning band below an exact target", "EM0209",
      measure(unit: "percent", target: "= 100", warning: ">= 90"), at: []),
    .violating("EM0210", at: ["19:11"]), .fixed("EM0210"),
    .violating("EM0211", at: ["20:12"]), .fixed("EM0211"),
    .violating("EM0212", at: ["67:10"]), .fixed("EM0212"),
    .violating("EM0213", at: ["42:9"]), .fixed("EM0213"),
    RuleCase(
      "EM0213 a support process whose output another process takes", "EM0213",
      ExampleModel.make(
        declarations: SupportHasInternalClient.declarations,
        processProperties: ExampleModel.processProperties + "\n    input record \"Record\" from records.record",
        extra: SupportHasInternalClient.records(deliveredTo: "patients")),
      at: []),
    .violating("EM0214", at: ["11:13"]), .fixed("EM0214"),
    .violating("EM0215", at: ["41:9"]), .fixed("EM0215"),
  ]

  @Test(arguments: cases)
  func findingsAreWhereExpected(_ testCase: RuleCase) throws {
    try #require(RuleRegistry.rule(named: testCase.code) != nil, "no rule \(testCase.code)")
    #expect(RuleCheck.languageErrors(testCase.model) == [])
    #expect(RuleCheck.locations(of: testCase.code, in: testCase.model) == testCase.expected)
  }

  @Test func missingMeasurePropertiesAreListedInOneFinding() throws {
    let example = try #require(RuleRegistry.rule(named: "EM0208")).descriptor.violatingExample
    let findings = RuleCheck.diagnostics(example).filter { $0.code == "EM0208" }
    #expect(findings.map(\.message) == [
      "measure 'triaged_on_time' has no frequency, source and owner; add `frequency monthly`, `source \"<where the data comes from>\"`, `owner <role>`"
    ])
  }

  @Test func warningOnThePassingSideNotesTheTarget() throws {
    let example = try #require(RuleRegistry.rule(named: "EM0209")).descriptor.violatingExample
    let finding = try #require(RuleCheck.diagnostics(example).first { $0.code == "EM0209" })
    #expect(finding.message.hasPrefix("the warning band `>= 95` does not reach below the target `>= 90`"))
    #expect(finding.message.hasSuffix("give it a bound below 90"))
    #expect(finding.notes.map { "\($0.message) \($0.range.map { "\($0.startLocation)" } ?? "-")" } == ["the target is here 31:7"])
  }

  /// (unit, target, warning, direction, the message of the band or direction finding)
  static let bandMessages: [(String, String, String?, String?, String)] = [
    (
      "count", ">= -5", "<= -10", nil,
      "the warning band `<= -10` points the other way from the target `>= -5`: it covers every value far below the target, not only those that just miss it; for a `>=` target write the warning as `>= <bound>` with a bound below -5, or as a `between` band below -5"
    ),
    (
      "days", "<= 2", ">= 4", nil,
      "the warning band `>= 4` points the other way from the target `<= 2`: it covers every value far above the target, not only those that just miss it; for a `<=` target write the warning as `<= <bound>` with a bound above 2, or as a `between` band above 2"
    ),
    (
      "days", "<= 2", "<= 1", nil,
      "the warning band `<= 1` does not reach above the target `<= 2`, so it only covers values that already meet the target; a warning marks values that just miss it, so give it a bound above 2"
    ),
    (
      "percent", ">= 80", "= 70", nil,
      "the warning band `= 70` is a single value, not a band next to the target `>= 80`; for a `>=` target write the warning as `>= <bound>` with a bound below 80"
    ),
    (
      "count", "<= 10", nil, "up",
      "`direction up` contradicts the target `<= 10`, which is met by lower values; remove `direction` (the target already says which way is better) or change the target"
    ),
  ]

  @Test(arguments: bandMessages)
  func warningBandAndDirectionMessagesSayWhatIsWrong(
    unit: String, target: String, warning: String?, direction: String?, message: String
  ) throws {
    let model = Self.measure(unit: unit, target: target, warning: warning, direction: direction)
    let findings = RuleCheck.diagnostics(model).filter { $0.code == "EM0209" && RuleCheck.location($0) == "32:7" }
    let finding = try #require(findings.first)
    #expect(findings.count == 1)
    #expect(finding.message == message)
    #expect(finding.notes.map { "\($0.message) \($0.range.map { "\($0.startLocation)" } ?? "-")" } == ["the target is here 31:7"])
  }

  @Test func relationFindingNotesTheClientAndTheOutput() throws {
    let example = try #require(RuleRegistry.rule(named: "EM0212")).descriptor.violatingExample
    let finding = try #require(RuleCheck.diagnostics(example).first { $0.code == "EM0212" })
    #expect(finding.message.contains("'urgent_care' takes no input from 'triage.referral'"))
    #expect(finding.notes.map(\.message) == [
      "process 'urgent_care' is declared here", "the output 'triage.referral' is declared here",
    ])
  }
}
