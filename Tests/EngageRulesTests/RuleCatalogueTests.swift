import EngageLanguage
import Foundation
import Testing
@testable import EngageRules

@Suite("Rule catalogue")
struct RuleCatalogueTests {
  static let codes = RuleRegistry.all.map(\.descriptor.code.rawValue)
  static let ownCodes = codes.filter { $0.hasPrefix("EM01") || $0.hasPrefix("EM02") }

  @Test func codesAndNamesAreUniqueAndWellFormed() {
    let descriptors = RuleRegistry.all.map(\.descriptor)
    #expect(Set(descriptors.map(\.code)).count == descriptors.count)
    #expect(Set(descriptors.map(\.name)).count == descriptors.count)
    for descriptor in descriptors {
      #expect(descriptor.code.rawValue.wholeMatch(of: /EM0[1-3][0-9][0-9]/) != nil, "\(descriptor.code)")
      #expect(descriptor.name.wholeMatch(of: /[a-z0-9]+(-[a-z0-9]+)*/) != nil, "\(descriptor.name)")
      #expect(!descriptor.title.isEmpty && !descriptor.explanation.isEmpty && !descriptor.source.isEmpty)
    }
    #expect(descriptors.map(\.code) == descriptors.map(\.code).sorted())
  }

  @Test func everyCatalogueRuleOfRulesMDIsRegistered() {
    let expected = (1...8).map { String(format: "EM01%02d", $0) } + (1...15).map { String(format: "EM02%02d", $0) }
    #expect(Set(expected).isSubset(of: Set(Self.codes)))
  }

  @Test(arguments: codes)
  func violatingExampleTriggersTheRule(code: String) throws {
    let rule = try #require(RuleRegistry.rule(named: code))
    let example = rule.descriptor.violatingExample
    #expect(RuleCheck.languageErrors(example).isEmpty)
    #expect(!RuleCheck.locations(of: code, in: example).isEmpty)
  }

  @Test(arguments: codes)
  func fixedExampleSatisfiesTheRule(code: String) throws {
    let rule = try #require(RuleRegistry.rule(named: code))
    let example = rule.descriptor.fixedExample
    #expect(RuleCheck.languageErrors(example).isEmpty)
    #expect(RuleCheck.locations(of: code, in: example).isEmpty)
  }

  @Test(arguments: ownCodes)
  func fixedExampleIsCleanOfIntegrityAndCompletenessFindings(code: String) throws {
    let rule = try #require(RuleRegistry.rule(named: code))
    let findings = RuleCheck.diagnostics(rule.descriptor.fixedExample)
      .filter { RuleCheck.isIntegrityOrCompleteness($0.code) || $0.severity == .error }
      .map { "\(RuleCheck.location($0)) \($0.message) [\($0.code)]" }
    #expect(findings == [])
  }

  /// A measure-data family as EngageMeasures describes its own (EngageRules does not see that
  /// module; the real family is tested there and through `engagemap rules` and `explain`).
  static let data = DiagnosticCodeFamily(
    entries: [
      DiagnosticCodeFamily.Entry(
        code: "EM0401", name: "first-problem", severity: .error, title: "The first problem",
        detail: "What the first problem means."),
      DiagnosticCodeFamily.Entry(
        code: "EM0402", name: "second-problem", severity: .warning, title: "The second problem",
        detail: "What the second | problem means."),
    ],
    explanation: "About the data family.")

  @Test func lookupFindsRulesByCodeAndNameAndSuggestsForTypos() {
    guard case .rule(let byCode) = RuleCatalogue.lookup("em0103", data: Self.data) else {
      Issue.record("EM0103 not found by code")
      return
    }
    #expect(byCode.descriptor.name == "step-reachable")
    guard case .rule(let byName) = RuleCatalogue.lookup("step-reachable", data: Self.data) else {
      Issue.record("step-reachable not found by name")
      return
    }
    #expect(byName.descriptor.code == "EM0103")
    guard case .language(let entry) = RuleCatalogue.lookup("EM0007", data: Self.data) else {
      Issue.record("EM0007 not found")
      return
    }
    #expect(entry.name == "unknown-reference")
    guard case .unknown(let suggestion) = RuleCatalogue.lookup("step-reachble", data: Self.data) else {
      Issue.record("a typo was found as a rule")
      return
    }
    #expect(suggestion == "step-reachable")
  }

  @Test func explanationRunsTheViolatingExample() throws {
    let rule = try #require(RuleRegistry.rule(named: "EM0103"))
    let page = RuleCatalogue.explanation(of: rule.descriptor)
    #expect(page.contains("Every step is reachable from the start event"))
    #expect(page.contains("Code:      EM0103 (step-reachable)"))
    #expect(page.contains("em0103-example.engage:24:10: error: step 'advise' of process 'triage' cannot be reached"))
    #expect(page.contains("note: the start event 'received' is here"))
    #expect(page.contains("received -> assess -> advise -> done"))
  }

  @Test func textTableListsEveryRuleAligned() {
    let lines = RuleCatalogue.text(data: Self.data).split(separator: "\n").map(String.init)
    #expect(lines.count == RuleRegistry.all.count + 3)
    #expect(lines[1].hasPrefix("EM0001–EM0016  error     language"))
    #expect(lines.last?.hasPrefix("EM0401–EM0402  error     data") == true)
    #expect(lines.last?.hasSuffix("Measure-data problems in a --data CSV file (not configurable; EM0402 a warning)") == true)
    let titleColumn = lines[0].distance(from: lines[0].startIndex, to: lines[0].range(of: "TITLE")?.lowerBound ?? lines[0].endIndex)
    let step = lines.first { $0.hasPrefix("EM0103") } ?? ""
    #expect(step.distance(from: step.startIndex, to: step.range(of: "Every step")?.lowerBound ?? step.endIndex) == titleColumn)
  }

  /// (code or name, the measure-data entry's code, name and severity)
  static let dataCodes: [(String, String, String, Severity)] = [
    ("EM0401", "EM0401", "first-problem", .error),
    ("em0402", "EM0402", "second-problem", .warning),
    ("second-problem", "EM0402", "second-problem", .warning),
  ]

  @Test(arguments: dataCodes)
  func lookupFindsMeasureDataCodesAndExplainsThem(query: String, code: String, name: String, severity: Severity) throws {
    guard case .data(let entry) = RuleCatalogue.lookup(query, data: Self.data) else {
      Issue.record("\(query) is not found as a measure-data code")
      return
    }
    #expect(entry.code.rawValue == code)
    #expect(entry.name == name)
    #expect(entry.severity == severity)
    let page = RuleCatalogue.explanation(of: entry, in: Self.data)
    #expect(page.contains("Code:      \(code) (\(name))"))
    #expect(page.contains("Severity:  \(severity.rawValue) (measure-data diagnostics cannot be configured)"))
    #expect(page.contains(entry.detail))
    #expect(page.contains("About measure-data diagnostics\n    About the data family."))
  }

  @Test func typosOfMeasureDataNamesAreSuggested() {
    guard case .unknown(let suggestion) = RuleCatalogue.lookup("second-problm", data: Self.data) else {
      Issue.record("a typo was found")
      return
    }
    #expect(suggestion == "second-problem")
  }

  @Test func markdownAndJSONListTheMeasureDataCodesGiven() throws {
    let markdown = RuleCatalogue.markdown(data: Self.data)
    #expect(markdown.contains("## EM04xx — Measure data"))
    #expect(markdown.contains("About the data family.\n\n| code | name | severity | meaning |"))
    #expect(markdown.contains("| EM0401 | `first-problem` | error | What the first problem means. |"))
    #expect(markdown.contains("| EM0402 | `second-problem` | warning | What the second \\| problem means. |"))
    let json = try #require(
      try JSONSerialization.jsonObject(with: Data(RuleCatalogue.json(data: Self.data).utf8)) as? [[String: Any]])
    let data = json.filter { $0["group"] as? String == "data" }
    #expect(data.map { $0["code"] as? String } == ["EM0401", "EM0402"])
    #expect(data.map { $0["defaultSeverity"] as? String } == ["error", "warning"])
    #expect(data.allSatisfy { $0["configurable"] as? Bool == false })
    #expect(json.count == LanguageCatalogue.entries.count + RuleRegistry.all.count + 2)
  }

  @Test func markdownHasASectionPerRule() {
    let generated = RuleCatalogue.markdown(data: Self.data)
    for rule in RuleRegistry.all {
      #expect(generated.contains("### \(rule.descriptor.code)\n"))
      #expect(generated.contains(rule.descriptor.source))
    }
  }
}
