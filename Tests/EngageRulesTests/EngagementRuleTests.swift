import EngageLanguage
import EngageModel
import EngageRules
import Testing

/// The engagement rules EM0301–EM0312: catalogue entries, their own examples, and edge cases.
@Suite("Engagement rules")
struct EngagementRuleTests {
  static let codes = (1...12).map { String(format: "EM03%02d", $0) }

  static let expectedCatalogue: [(code: String, name: String, severity: Severity)] = [
    ("EM0301", "two-patient-partners", .warning),
    ("EM0302", "partners-from-first-step", .warning),
    ("EM0303", "feedback-on-input", .warning),
    ("EM0304", "engagement-level-supported", .warning),
    ("EM0305", "family-in-incident-analysis", .warning),
    ("EM0306", "two-stage-disclosure", .warning),
    ("EM0307", "safety-concern-channel", .warning),
    ("EM0308", "engagement-levels-covered", .info),
    ("EM0309", "partner-support-process", .warning),
    ("EM0310", "codesign-facilitator-and-sponsor", .warning),
    ("EM0311", "engagement-evaluation-report", .warning),
    ("EM0312", "patient-defined-measure", .info),
  ]

  @Test("catalogue entry: code, name, default severity, one-line title, explanation and source", arguments: expectedCatalogue)
  func catalogueEntry(_ entry: (code: String, name: String, severity: Severity)) throws {
    let descriptor = try EngagementFixture.rule(entry.code).descriptor
    #expect(descriptor.code.rawValue == entry.code)
    #expect(descriptor.name == entry.name)
    #expect(RuleRegistry.rule(named: entry.name)?.descriptor.code.rawValue == entry.code)
    #expect(descriptor.defaultSeverity == entry.severity)
    #expect(!descriptor.title.isEmpty && !descriptor.title.contains("\n"))
    #expect(descriptor.explanation.contains("Semantics:"))
    #expect(descriptor.source.count > 40)
  }

  /// Where each rule's own violating example is reported.
  static let violatingExamplePositions: [(code: String, positions: [String])] = [
    ("EM0301", ["23:50"]),
    ("EM0302", ["24:10"]),
    ("EM0303", ["20:16"]),
    ("EM0304", ["20:16"]),
    ("EM0305", ["21:10"]),
    ("EM0306", ["21:10"]),
    ("EM0307", ["11:13"]),
    ("EM0308", ["1:14"]),
    ("EM0309", ["8:6"]),
    ("EM0310", ["17:11"]),
    ("EM0311", ["1:14"]),
    ("EM0312", ["11:13"]),
  ]

  @Test("the violating example is reported at the expected place", arguments: violatingExamplePositions)
  func violatingExample(_ expected: (code: String, positions: [String])) throws {
    let descriptor = try EngagementFixture.rule(expected.code).descriptor
    let findings = try EngagementFixture.findings(expected.code, in: descriptor.violatingExample)
    #expect(EngagementFixture.positions(findings) == expected.positions)
    #expect(findings.allSatisfy { !$0.message.isEmpty })
  }

  @Test("the fixed example satisfies the rule", arguments: codes)
  func fixedExample(_ code: String) throws {
    let descriptor = try EngagementFixture.rule(code).descriptor
    let findings = try EngagementFixture.findings(code, in: descriptor.fixedExample)
    #expect(findings.map(\.message) == [])
  }

  @Test("both examples pass every other error-level rule", arguments: codes)
  func examplesPassOtherErrorRules(_ code: String) throws {
    let descriptor = try EngagementFixture.rule(code).descriptor
    #expect(try EngagementFixture.otherErrors(besides: code, in: descriptor.violatingExample) == [])
    #expect(try EngagementFixture.otherErrors(besides: code, in: descriptor.fixedExample) == [])
  }

  @Test("the one-partner finding offers 'x2' at the performer")
  func twoPartnersFixIt() throws {
    let text = try EngagementFixture.rule("EM0301").descriptor.violatingExample
    let findings = try EngagementFixture.findings("EM0301", in: text)
    let fixIt = try #require(findings.first?.fixIts.first)
    #expect(fixIt.replacement == "partner x2")
    #expect(fixIt.range.file.text(of: fixIt.range) == "partner")
  }
}
