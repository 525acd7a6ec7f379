import EngageLanguage
import EngageModel
import Foundation
import Testing

@testable import EngageRules

/// `allow CODE "reason"`: which findings it suppresses, what it reports about itself, and how
/// suppressed findings come out in text, JSON and SARIF.
@Suite("Suppression with allow")
struct SuppressionTests {
  /// A committee with one patient partner among staff (EM0301 at 20:42) and no inputs, outputs
  /// or measures (two EM0206 and one EM0207 at 14:11); `processAllows` go in the process block,
  /// `stepAllows` in the step's.
  static func committee(processAllows: [String] = [], stepAllows: [String] = [], settings: [String] = []) -> String {
    var lines = [
      "organisation clinic \"Hillside Clinic\" {",
      "  purpose \"Safe care co-produced with patients\"",
      "  goal safety \"Safer care\"",
      "}",
      "client board \"The board\" { kind internal }",
      "role partner \"Patient partner\" { kind patient_partner }",
      "role lead \"Quality lead\" { kind manager }",
      "role nurse \"Lead nurse\" { kind clinician }",
      "",
      "megaprocess governance \"Quality governance\" {",
      "  level organisation",
      "  goals safety",
      "  client board",
      "  process committee \"Quality committee\" {",
      "    kind management",
      "    owner lead",
      "    purpose \"Agree improvement priorities\"",
      "    tags committee",
    ]
    lines += processAllows.map { "    " + $0 }
    lines += ["    start convened \"Convened\""]
    if stepAllows.isEmpty {
      lines += ["    step review \"Review\" by lead, nurse, partner"]
    } else {
      lines += ["    step review \"Review\" by lead, nurse, partner {"] + stepAllows.map { "      " + $0 } + ["    }"]
    }
    lines += ["    end agreed \"Agreed\"", "    convened -> review -> agreed", "  }", "}"]
    if !settings.isEmpty { lines += ["settings {"] + settings.map { "  " + $0 } + ["}"] }
    return lines.joined(separator: "\n") + "\n"
  }

  static func diagnostics(_ text: String) -> [Diagnostic] { RuleCheck.diagnostics(text, path: "model.engage") }

  static func summary(_ diagnostics: [Diagnostic], _ code: String) -> [String] {
    diagnostics.filter { $0.code.rawValue == code }.map {
      "\(RuleCheck.location($0))\($0.suppression.map { " suppressed: \($0.reason)" } ?? "")"
    }
  }

  // MARK: - Matching

  @Test func withoutAllowTheFindingsStand() {
    let diagnostics = Self.diagnostics(Self.committee())
    #expect(Self.summary(diagnostics, "EM0301") == ["20:42"])
    #expect(RuleRunner.fails(diagnostics, strict: true))
    #expect(!diagnostics.contains { $0.isSuppressed })
  }

  @Test func aStepAllowSuppressesTheFindingAtItsPerformer() throws {
    let text = Self.committee(stepAllows: ["allow EM0301 \"the second seat is vacant while we recruit\""])
    let diagnostics = Self.diagnostics(text)
    #expect(Self.summary(diagnostics, "EM0301") == ["20:42 suppressed: the second seat is vacant while we recruit"])
    let suppression = try #require(diagnostics.first { $0.code.rawValue == "EM0301" }?.suppression)
    #expect("\(suppression.range.startLocation)" == "21:7")
    #expect(Self.summary(diagnostics, "EM0016") == [])
    #expect(Self.summary(diagnostics, "EM0206") == ["14:11", "14:11"], "other rules are not suppressed")
  }

  @Test(arguments: ["EM0301", "em0301", "two-patient-partners", "two_patient_partners"])
  func theRuleIsNamedByCodeOrName(_ name: String) {
    let diagnostics = Self.diagnostics(Self.committee(processAllows: ["allow \(name) \"vacant seat\""]))
    #expect(Self.summary(diagnostics, "EM0301") == ["21:42 suppressed: vacant seat"])
  }

  @Test func oneAllowSuppressesEveryFindingOfItsRuleInTheElement() {
    let diagnostics = Self.diagnostics(Self.committee(processAllows: ["allow EM0206 \"the board sets its own agenda\""]))
    #expect(
      Self.summary(diagnostics, "EM0206") == [
        "14:11 suppressed: the board sets its own agenda", "14:11 suppressed: the board sets its own agenda",
      ])
    #expect(Self.summary(diagnostics, "EM0207") == ["14:11"])
  }

  @Test func theInnermostAllowTakesTheFindingAndTheOuterOneIsUnused() {
    let text = Self.committee(
      processAllows: ["allow EM0301 \"process reason\""], stepAllows: ["allow EM0301 \"step reason\""])
    let diagnostics = Self.diagnostics(text)
    #expect(Self.summary(diagnostics, "EM0301") == ["21:42 suppressed: step reason"])
    #expect(Self.summary(diagnostics, "EM0016") == ["19:5"])
  }

  @Test func aMegaprocessAllowCoversItsProcesses() {
    let text = Self.committee().replacingOccurrences(
      of: "  level organisation\n", with: "  level organisation\n  allow EM0207 \"measured by the board\"\n")
    let diagnostics = Self.diagnostics(text)
    #expect(Self.summary(diagnostics, "EM0207") == ["15:11 suppressed: measured by the board"])
  }

  @Test func anOrganisationAllowCoversModelWideFindings() {
    let text = Self.committee().replacingOccurrences(
      of: "  goal safety \"Safer care\"\n", with: "  goal safety \"Safer care\"\n  allow EM0311 \"evaluated by the region\"\n")
    let diagnostics = Self.diagnostics(text)
    #expect(Self.summary(diagnostics, "EM0311") == ["1:14 suppressed: evaluated by the region"])
  }

  @Test func aRoleAllowCoversFindingsAtTheRole() {
    let text = Self.committee().replacingOccurrences(
      of: "role partner \"Patient partner\" { kind patient_partner }",
      with: "role partner \"Patient partner\" {\n  kind patient_partner\n  allow EM0309 \"supported by the regional partner network\"\n}")
    let diagnostics = Self.diagnostics(text)
    #expect(Self.summary(diagnostics, "EM0309") == ["6:6 suppressed: supported by the regional partner network"])
  }

  @Test func anAllowInAnotherElementDoesNotReach() {
    let text = Self.committee() + """
      process other "Other" {
        kind support
        owner lead
        purpose "Something else"
        allow EM0301 "not here"
        start a "A"
        end b "B"
        a -> b
      }

      """
    let diagnostics = Self.diagnostics(text)
    #expect(Self.summary(diagnostics, "EM0301") == ["20:42"])
    #expect(Self.summary(diagnostics, "EM0016") == ["29:3"])
  }

  @Test func suppressedFindingsNeverFailARun() {
    let text = Self.committee(
      processAllows: ["allow EM0206 \"agenda\"", "allow EM0207 \"measured by the board\""],
      stepAllows: ["allow EM0301 \"vacant seat\""])
    let diagnostics = Self.diagnostics(text)
    let unsuppressedWarnings = diagnostics.unsuppressed.filter { $0.severity == .warning }.map(\.code.rawValue)
    let suppressed = diagnostics.filter(\.isSuppressed).map(\.code.rawValue)
    #expect(suppressed == ["EM0206", "EM0206", "EM0207", "EM0301"])
    #expect(!RuleRunner.fails(diagnostics.filter { $0.isSuppressed }, strict: true))
    #expect(RuleRunner.fails(diagnostics, strict: true) == !unsuppressedWarnings.isEmpty)
    #expect(!diagnostics.filter(\.isSuppressed).hasErrors)
  }

  @Test func aSuppressedErrorDoesNotFailARun() {
    let text = Self.committee(processAllows: ["allow EM0301 \"vacant seat\""], settings: ["rule EM0301 error"])
    let diagnostics = Self.diagnostics(text)
    let finding = diagnostics.first { $0.code.rawValue == "EM0301" }
    #expect(finding?.severity == .error && finding?.isSuppressed == true)
    #expect(!RuleRunner.fails(diagnostics, strict: false))
    #expect(!diagnostics.hasErrors)
  }

  // MARK: - Diagnostics about allow

  @Test func anUnusedAllowIsAWarningWithAFixItThatRemovesIt() throws {
    let text = Self.committee(stepAllows: ["allow EM0106 \"performers are named\""])
    let diagnostics = Self.diagnostics(text)
    let unused = try #require(diagnostics.first { $0.code == LanguageCode.unusedAllow })
    #expect(unused.severity == .warning)
    #expect(
      unused.message == "'allow EM0106' suppresses nothing: EM0106 reports no finding about 'review' of process 'committee'; remove it")
    #expect(RuleCheck.location(unused) == "21:7")
    let fixIt = try #require(unused.fixIts.first)
    #expect(fixIt.replacement == "" && fixIt.range == unused.range)
    #expect(RuleRunner.fails(diagnostics.filter { $0.code == LanguageCode.unusedAllow }, strict: true))
    #expect(!RuleRunner.fails(diagnostics.filter { $0.code == LanguageCode.unusedAllow }, strict: false))
  }

  @Test func anAllowOfARuleTurnedOffIsNotReportedUnused() {
    let text = Self.committee(stepAllows: ["allow EM0301 \"vacant seat\""], settings: ["rule EM0301 off"])
    let diagnostics = Self.diagnostics(text)
    #expect(Self.summary(diagnostics, "EM0301") == [])
    #expect(Self.summary(diagnostics, "EM0016") == [])
  }

  @Test func settingsStillTurnARuleOffForTheWholeModel() {
    let diagnostics = Self.diagnostics(Self.committee(settings: ["rule two-patient-partners off"]))
    #expect(Self.summary(diagnostics, "EM0301") == [])
  }

  @Test func anUnknownRuleIsAnErrorWithASuggestion() throws {
    let diagnostics = Self.diagnostics(Self.committee(processAllows: ["allow EM0310x \"typo\"", "allow two-patient-partner \"typo\""]))
    let unknown = diagnostics.filter { $0.code == LanguageCode.unknownRule }
    #expect(unknown.map(\.message) == [
      "unknown rule 'EM0310x' in allow; did you mean 'EM0310'?",
      "unknown rule 'two-patient-partner' in allow; did you mean 'two-patient-partners'?",
    ])
    #expect(unknown.map(RuleCheck.location) == ["19:11", "20:11"])
    #expect(unknown.allSatisfy { $0.severity == .error && $0.fixIts.count == 1 })
    #expect(Self.summary(diagnostics, "EM0301") == ["22:42"], "an unknown rule suppresses nothing")
  }

  @Test(arguments: [("EM0007", "language diagnostic (EM00xx)"), ("EM0016", "language diagnostic (EM00xx)"), ("EM0401", "measure-data diagnostic (EM04xx)")])
  func codesNoRuleProducesCannotBeSuppressed(_ code: String, _ kind: String) throws {
    let diagnostics = Self.diagnostics(Self.committee(processAllows: ["allow \(code) \"please\""]))
    let error = try #require(diagnostics.first { $0.code == LanguageCode.unknownRule })
    #expect(error.severity == .error)
    #expect(error.message.hasPrefix("'\(code)' is a \(kind)"))
    #expect(error.message.contains("cannot be suppressed"))
  }

  @Test func oneRuleAllowedTwiceInOneElementIsAnError() throws {
    let text = Self.committee(processAllows: ["allow EM0301 \"first\"", "allow two-patient-partners \"second\""])
    let diagnostics = Self.diagnostics(text)
    let twice = try #require(diagnostics.first { $0.code == LanguageCode.duplicateProperty })
    #expect(twice.message == "EM0301 is allowed twice in process 'committee'; give one `allow` per rule and element")
    #expect(RuleCheck.location(twice) == "20:5")
    #expect(twice.notes.map { $0.range.map { "\($0.startLocation)" } ?? "-" } == ["19:5"])
    #expect(Self.summary(diagnostics, "EM0301") == ["22:42 suppressed: first"])
  }

  @Test func allowsInAModelThatDoesNotResolveAreNotChecked() {
    let diagnostics = Self.diagnostics(Self.committee(processAllows: ["allow EM0399 \"x\""]) + "role lead \"Again\"\n")
    #expect(diagnostics.map(\.code.rawValue) == ["EM0006"])
  }

  // MARK: - Scale

  /// Two thousand processes, each with a step allow; every one matches its own finding only.
  @Test func manyAllowsEachMatchTheirOwnElement() {
    var text = Self.committee()
    for index in 0..<2000 {
      text += """
        process p\(index) "P\(index)" {
          kind support
          owner lead
          purpose "Support"
          tags committee
          start a "A"
          step s "S" by lead, nurse, partner {
            allow EM0301 "reason \(index)"
          }
          end b "B"
          a -> s -> b
        }

        """
    }
    let diagnostics = Self.diagnostics(text)
    let partners = diagnostics.filter { $0.code.rawValue == "EM0301" }
    #expect(partners.count == 2001)
    #expect(partners.filter(\.isSuppressed).count == 2000)
    let reasons = partners.compactMap { $0.suppression?.reason }
    #expect(Set(reasons).count == 2000)
    #expect(partners.allSatisfy { finding in
      guard let suppression = finding.suppression, let range = finding.range else { return true }
      return suppression.range.startLocation.line == range.startLocation.line + 1
    })
    #expect(Self.summary(diagnostics, "EM0016") == [])
  }

  // MARK: - Output

  @Test func textMarksASuppressedFindingAndPointsAtItsAllow() throws {
    let text = Self.committee(stepAllows: ["allow EM0301 \"vacant seat\""])
    let finding = try #require(Self.diagnostics(text).first { $0.code.rawValue == "EM0301" })
    let printed = DiagnosticTextFormatter(colour: false).format([finding])
    let lines = printed.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    #expect(lines.first?.hasPrefix("model.engage:20:42: warning: process 'committee' works at organisation level") == true)
    #expect(lines.first?.hasSuffix("[EM0301] (suppressed)") == true)
    #expect(printed.contains("model.engage:21:7: note: suppressed here: vacant seat\n      allow EM0301 \"vacant seat\"\n      ^~~~"))
  }

  @Test func jsonGivesASuppressedFindingItsReasonAndLocation() throws {
    let text = Self.committee(stepAllows: ["allow EM0301 \"vacant seat\""])
    let json = DiagnosticJSON.encode(Self.diagnostics(text))
    let records = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
    let suppressed = records.filter { $0["suppressed"] != nil }
    #expect(suppressed.count == 1)
    let member = try #require(suppressed.first?["suppressed"] as? [String: Any])
    #expect(member["reason"] as? String == "vacant seat")
    let location = try #require(member["location"] as? [String: Any])
    #expect(location["file"] as? String == "model.engage")
    #expect(location["line"] as? Int == 21 && location["column"] as? Int == 7)
    #expect(location["endLine"] as? Int == 21 && location["endColumn"] as? Int == 33)
    #expect(suppressed.first?["code"] as? String == "EM0301")
    #expect(records.filter { $0["code"] as? String != "EM0301" }.allSatisfy { $0["suppressed"] == nil })
  }

  @Test func sarifGivesASuppressedResultAnInSourceSuppression() throws {
    let text = Self.committee(stepAllows: ["allow EM0301 \"vacant seat\""])
    let sarif = SARIFReport.render(Self.diagnostics(text))
    let json = try #require(try JSONSerialization.jsonObject(with: Data(sarif.utf8)) as? [String: Any])
    let results = try #require((json["runs"] as? [[String: Any]])?.first?["results"] as? [[String: Any]])
    let suppressed = results.filter { $0["suppressions"] != nil }
    #expect(suppressed.map { $0["ruleId"] as? String } == ["EM0301"])
    let suppressions = try #require(suppressed.first?["suppressions"] as? [[String: Any]])
    #expect(suppressions.count == 1)
    #expect(suppressions.first?["kind"] as? String == "inSource")
    #expect(suppressions.first?["justification"] as? String == "vacant seat")
    let region = (suppressions.first?["location"] as? [String: Any]).flatMap {
      ($0["physicalLocation"] as? [String: Any])?["region"] as? [String: Int]
    }
    #expect(region == ["startLine": 21, "startColumn": 7, "endLine": 21, "endColumn": 33])
  }

  @Test func sarifWithSuppressionsValidatesAgainstTheSchema() throws {
    let text = Self.committee(
      processAllows: ["allow EM0206 \"agenda\"", "allow EM0999 \"unknown\""], stepAllows: ["allow EM0301 \"vacant seat\""])
    let diagnostics = Self.diagnostics(text)
    #expect(diagnostics.contains { $0.isSuppressed })
    #expect(diagnostics.contains { $0.code == LanguageCode.unknownRule })
    try SARIFReportTests.expectValid(SARIFReport.render(diagnostics))
  }

  @Test func theUnusedAllowCodeIsAWarningInTheCatalogue() throws {
    let entry = try #require(LanguageCatalogue.entry("EM0016"))
    #expect(entry.name == "unused-allow" && entry.severity == .warning)
    #expect(LanguageCatalogue.entry("unused-allow")?.code == LanguageCode.unusedAllow)
    #expect(LanguageCatalogue.entries.filter { $0.severity != .error }.map(\.code) == [LanguageCode.unusedAllow])
    let sarif = SARIFReport.render([])
    #expect(sarif.contains("\"id\": \"EM0016\""))
  }

  @Test func explainAndTheCatalogueSayHowToSuppress() throws {
    let rule = try #require(RuleRegistry.rule(named: "EM0301"))
    let page = RuleCatalogue.explanation(of: rule.descriptor)
    #expect(page.contains("Suppress:  one finding"))
    #expect(page.contains("`allow EM0301 \"reason\"`"))
    let markdown = RuleCatalogue.markdown(data: DiagnosticCodeFamily(entries: [], explanation: ""))
    #expect(markdown.contains("## Suppressing one finding"))
  }
}
