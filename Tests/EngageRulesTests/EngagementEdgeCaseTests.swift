import EngageLanguage
import EngageModel
import EngageRules
import Testing

/// One edge case: a model, the rule run over it, and where it must report (nothing when empty).
struct EngagementCase: CustomTestStringConvertible, Sendable {
  let name: String
  let code: String
  let text: String
  let expected: [String]
  var testDescription: String { "\(code) \(name)" }
}

private let simpleMap = [
  "",
  "start begin \"Begin\"",
  "step meet \"Meet\" by nurse, partner",
  "end done \"Done\"",
  "",
  "begin -> meet -> done",
]

private let outnumberedMap = [
  "",
  "start begin \"Begin\"",
  "step meet \"Meet\" by nurse, sponsor, partner",
  "end done \"Done\"",
  "",
  "begin -> meet -> done",
]

private func map(steps: [String], flows: [String], header: [String] = []) -> [String] {
  header + [""] + ["start begin \"Begin\""] + steps + ["end done \"Done\"", ""] + flows
}

private let supportProcess = """
  process support "Partner support" {
    kind support
    owner sponsor
    purpose "Orient and reimburse patient partners"
    tags partner_support

    start begin "Begin"
    step orient "Orientation" by sponsor, partner x2
    end done "Done"

    begin -> orient -> done
  }
  """

private let referralTarget = """
  process referral "Referral" {
    kind support
    owner nurse
    purpose "Take referrals"
    input referred "Referral" from work_process.referral_request

    start begin "Begin"
    step take "Take the referral" by nurse
    end done "Done"

    begin -> take -> done
  }
  """

@Suite("Engagement rules: edge cases")
struct EngagementEdgeCaseTests {
  static let partnerCases: [EngagementCase] = [
    EngagementCase(
      name: "one partner outnumbered by staff at organisation level", code: "EM0301",
      text: EngagementFixture.model(process: outnumberedMap), expected: ["27:41"]),
    EngagementCase(
      name: "one partner outnumbered by staff at policy level", code: "EM0301",
      text: EngagementFixture.model(level: "policy", process: outnumberedMap), expected: ["27:41"]),
    EngagementCase(
      name: "one partner with a staff member of count two is outnumbered", code: "EM0301",
      text: EngagementFixture.model(process: map(
        steps: ["step meet \"Meet\" by nurse x2, partner"], flows: ["begin -> meet -> done"])),
      expected: ["27:35"]),
    EngagementCase(
      name: "one partner in a committee process", code: "EM0301",
      text: EngagementFixture.model(process: map(
        steps: ["step meet \"Meet\" by nurse, partner"], flows: ["begin -> meet -> done"], header: ["tags committee"])),
      expected: ["28:32"]),
    EngagementCase(
      name: "one partner in a step tagged codesign", code: "EM0301",
      text: EngagementFixture.model(process: map(
        steps: ["step meet \"Design event\" by facilitator, partner { tags codesign }"], flows: ["begin -> meet -> done"])),
      expected: ["27:46"]),
    EngagementCase(
      name: "one partner with one member of staff is one-to-one", code: "EM0301",
      text: EngagementFixture.model(process: simpleMap), expected: []),
    EngagementCase(
      name: "one partner alone is not a team", code: "EM0301",
      text: EngagementFixture.model(process: map(
        steps: ["step read \"Read the draft leaflet\" by partner"], flows: ["begin -> read -> done"])),
      expected: []),
    EngagementCase(
      name: "one-to-one steps in a codesign process are not team steps", code: "EM0301",
      text: EngagementFixture.model(process: map(
        steps: ["step interview \"Interview\" by facilitator, partner"], flows: ["begin -> interview -> done"],
        header: ["tags codesign"])),
      expected: []),
    EngagementCase(
      name: "patients taking part as themselves are not partners", code: "EM0301",
      text: EngagementFixture.model(process: map(
        steps: ["step meet \"Meet\" by nurse, sponsor, patient"], flows: ["begin -> meet -> done"])),
      expected: []),
    EngagementCase(
      name: "one partner at direct-care level is not checked", code: "EM0301",
      text: EngagementFixture.model(level: "direct_care", process: outnumberedMap), expected: []),
    EngagementCase(
      name: "x2 on one step", code: "EM0301",
      text: EngagementFixture.model(process: map(
        steps: ["step meet \"Meet\" by nurse, partner x2"], flows: ["begin -> meet -> done"])),
      expected: []),
    EngagementCase(
      name: "two partner roles on one step", code: "EM0301",
      text: EngagementFixture.model(process: map(
        steps: ["step meet \"Meet\" by partner, carer_partner"], flows: ["begin -> meet -> done"])),
      expected: []),
    EngagementCase(
      name: "two partner roles on different steps", code: "EM0301",
      text: EngagementFixture.model(process: map(
        steps: ["step plan \"Plan\" by partner", "step meet \"Meet\" by carer_partner"],
        flows: ["begin -> plan -> meet -> done"])),
      expected: []),
    EngagementCase(
      name: "the same single partner on two steps is still one", code: "EM0301",
      text: EngagementFixture.model(process: map(
        steps: ["step plan \"Plan\" by nurse, partner", "step meet \"Meet\" by partner"],
        flows: ["begin -> plan -> meet -> done"], header: ["tags committee"])),
      expected: ["28:32"]),
    EngagementCase(
      name: "a second partner on a one-to-one step does not make the team two", code: "EM0301",
      text: EngagementFixture.model(process: map(
        steps: ["step plan \"Plan\" by nurse, sponsor, partner", "step meet \"Meet\" by facilitator, carer_partner"],
        flows: ["begin -> plan -> meet -> done"])),
      expected: ["27:41"]),
    EngagementCase(
      name: "a top-level process counts as organisation level", code: "EM0301",
      text: EngagementFixture.model(
        level: "direct_care", process: map(steps: ["step meet \"Meet\" by nurse"], flows: ["begin -> meet -> done"]),
        topLevel: supportProcess.replacingOccurrences(of: "sponsor, partner x2", with: "sponsor, nurse, partner")),
      expected: ["41:48"]),
  ]

  static let firstStepCases: [EngagementCase] = [
    EngagementCase(
      name: "codesign process without a partner at the first step", code: "EM0302",
      text: EngagementFixture.model(process: map(
        steps: ["step scope \"Scope\" by sponsor", "step design \"Design\" by partner x2"],
        flows: ["begin -> scope -> design -> done"], header: ["tags codesign"])),
      expected: ["28:10"]),
    EngagementCase(
      name: "partner at the first step", code: "EM0302",
      text: EngagementFixture.model(process: map(
        steps: ["step scope \"Scope\" by sponsor, partner x2"],
        flows: ["begin -> scope -> done"], header: ["tags committee"])),
      expected: []),
    EngagementCase(
      name: "a first decision without a partner", code: "EM0302",
      text: EngagementFixture.model(process: map(
        steps: ["decision go \"Go ahead?\" by sponsor", "step design \"Design\" by partner x2"],
        flows: ["begin -> go", "go -> design when \"yes\"", "go -> done when \"no\"", "design -> done"],
        header: ["tags committee"])),
      expected: ["28:14"]),
    EngagementCase(
      name: "of two first steps only the one without a partner", code: "EM0302",
      text: EngagementFixture.model(process: map(
        steps: ["step invite \"Invite\" by sponsor, partner x2", "step book \"Book a room\" by sponsor"],
        flows: ["begin -> invite -> done", "begin -> book -> done"], header: ["tags codesign"])),
      expected: ["29:10"]),
    EngagementCase(
      name: "administrative steps by staff are passed", code: "EM0302",
      text: EngagementFixture.model(
        process: map(
          steps: [
            "step book \"Book the room\" by clerk", "decision room \"Room free?\" by clerk",
            "step design \"Design\" by facilitator, partner x2",
          ],
          flows: ["begin -> book -> room", "room -> design when \"yes\"", "room -> book when \"no\"", "design -> done"],
          header: ["tags codesign"]),
        topLevel: "role clerk \"Administrative assistant\" { kind staff }\n"),
      expected: []),
    EngagementCase(
      name: "the first step after administration without a partner", code: "EM0302",
      text: EngagementFixture.model(
        process: map(
          steps: ["step book \"Book the room\" by clerk", "step scope \"Scope\" by sponsor, clerk"],
          flows: ["begin -> book -> scope -> done"], header: ["tags committee"]),
        topLevel: "role clerk \"Administrative assistant\" { kind staff }\n"),
      expected: ["29:10"]),
    EngagementCase(
      name: "a step without performers is not administrative", code: "EM0302",
      text: EngagementFixture.model(process: map(
        steps: ["step prepare \"Prepare\"", "step design \"Design\" by partner x2"],
        flows: ["begin -> prepare -> design -> done"], header: ["tags codesign"])),
      expected: ["28:10"]),
    EngagementCase(
      name: "a process that is neither codesign nor committee", code: "EM0302",
      text: EngagementFixture.model(process: map(
        steps: ["step scope \"Scope\" by sponsor"], flows: ["begin -> scope -> done"])),
      expected: []),
  ]

  static let feedbackCases: [EngagementCase] = [
    EngagementCase(
      name: "involve without feedback", code: "EM0303",
      text: EngagementFixture.model(process: map(
        steps: ["step ask \"Ask\" by nurse, patient"], flows: ["begin -> ask -> done"],
        header: ["engagement involve"])),
      expected: ["25:16"]),
    EngagementCase(
      name: "consult with a feedback step", code: "EM0303",
      text: EngagementFixture.model(process: map(
        steps: ["step ask \"Ask\" by nurse, patient", "step tell \"Tell\" by nurse { tags feedback }"],
        flows: ["begin -> ask -> tell -> done"], header: ["engagement consult"])),
      expected: []),
    EngagementCase(
      name: "inform needs no feedback", code: "EM0303",
      text: EngagementFixture.model(process: map(
        steps: ["step tell \"Tell\" by nurse, patient"], flows: ["begin -> tell -> done"],
        header: ["engagement inform"])),
      expected: []),
    EngagementCase(
      name: "a step's level does not raise the process's", code: "EM0303",
      text: EngagementFixture.model(process: map(
        steps: ["step ask \"Ask\" by nurse, patient { engagement consult }"], flows: ["begin -> ask -> done"])),
      expected: []),
  ]

  static let levelCases: [EngagementCase] = [
    EngagementCase(
      name: "collaborate with staff decisions only", code: "EM0304",
      text: EngagementFixture.model(process: map(
        steps: ["decision ok \"OK?\" by nurse"],
        flows: ["begin -> ok", "ok -> done when \"yes\"", "ok -> done when \"no\""],
        header: ["engagement collaborate"])),
      expected: ["25:16"]),
    EngagementCase(
      name: "collaborate with a shared decision", code: "EM0304",
      text: EngagementFixture.model(process: map(
        steps: ["decision ok \"OK?\" by nurse, patient"],
        flows: ["begin -> ok", "ok -> done when \"yes\"", "ok -> done when \"no\""],
        header: ["engagement collaborate"])),
      expected: []),
    EngagementCase(
      name: "collaborate with a step agreed together", code: "EM0304",
      text: EngagementFixture.model(process: map(
        steps: ["step agree \"Agree the plan\" by nurse, patient { engagement collaborate }"],
        flows: ["begin -> agree -> done"], header: ["engagement collaborate"])),
      expected: []),
    EngagementCase(
      name: "collaborate: a shared step below collaborate does not count", code: "EM0304",
      text: EngagementFixture.model(process: map(
        steps: ["step agree \"Discuss the plan\" by nurse, patient { engagement involve }"],
        flows: ["begin -> agree -> done"], header: ["engagement collaborate"])),
      expected: ["25:16"]),
    EngagementCase(
      name: "collaborate: a staff step at collaborate does not count", code: "EM0304",
      text: EngagementFixture.model(process: map(
        steps: ["step agree \"Agree the plan\" by nurse, sponsor { engagement collaborate }"],
        flows: ["begin -> agree -> done"], header: ["engagement collaborate"])),
      expected: ["25:16"]),
    EngagementCase(
      name: "empower: the final decision is the patient's", code: "EM0304",
      text: EngagementFixture.model(process: map(
        steps: ["step inform \"Explain options\" by nurse", "decision choose \"Choose?\" by patient"],
        flows: ["begin -> inform -> choose", "choose -> done when \"yes\"", "choose -> inform when \"no\""],
        header: ["engagement empower"])),
      expected: []),
    EngagementCase(
      name: "empower: a shared final decision is collaboration", code: "EM0304",
      text: EngagementFixture.model(process: map(
        steps: ["decision choose \"Choose?\" by nurse, patient"],
        flows: ["begin -> choose", "choose -> done when \"yes\"", "choose -> done when \"no\""],
        header: ["engagement empower"])),
      expected: ["28:31"]),
    EngagementCase(
      name: "empower without any decision", code: "EM0304",
      text: EngagementFixture.model(process: map(
        steps: ["step act \"Act\" by patient"], flows: ["begin -> act -> done"],
        header: ["engagement empower"])),
      expected: ["25:16"]),
    EngagementCase(
      name: "empower: an earlier staff decision is not final", code: "EM0304",
      text: EngagementFixture.model(process: map(
        steps: [
          "decision eligible \"Eligible?\" by nurse", "step options \"Explain options\" by nurse",
          "step support \"Offer extra support\" by nurse", "decision choose \"Choose?\" by patient, family",
        ],
        flows: [
          "begin -> eligible", "eligible -> options when \"yes\"", "eligible -> support when \"no\"",
          "support -> options -> choose", "choose -> done when \"yes\"", "choose -> options when \"no\"",
        ],
        header: ["engagement empower"])),
      expected: []),
    EngagementCase(
      name: "empower: a staff decision that ends a path is final", code: "EM0304",
      text: EngagementFixture.model(process: map(
        steps: [
          "decision eligible \"Eligible?\" by nurse", "step options \"Explain options\" by nurse",
          "decision choose \"Choose?\" by patient, family",
        ],
        flows: [
          "begin -> eligible", "eligible -> options when \"yes\"", "eligible -> done when \"no\"",
          "options -> choose", "choose -> done when \"yes\"", "choose -> options when \"no\"",
        ],
        header: ["engagement empower"])),
      expected: ["28:35"]),
    EngagementCase(
      name: "empower: a decision that hands over is final", code: "EM0304",
      text: EngagementFixture.model(
        process: map(
          steps: ["decision refer \"Refer?\" by nurse"],
          flows: ["begin -> refer", "refer -> referral when \"yes\"", "refer -> done when \"no\""],
          header: ["engagement empower", "output referral_request \"Referral\""]),
        topLevel: referralTarget),
      expected: ["29:29"]),
  ]

  static let incidentCases: [EngagementCase] = [
    EngagementCase(
      name: "incident analysis with patient partners only", code: "EM0305",
      text: EngagementFixture.model(level: "direct_care", process: map(
        steps: ["step analyse \"Analyse\" by nurse, partner x2 { tags incident }"],
        flows: ["begin -> analyse -> done"], header: ["tags disclosure, incident"])),
      expected: ["25:22"]),
    EngagementCase(
      name: "incident analysis hears the family", code: "EM0305",
      text: EngagementFixture.model(level: "direct_care", process: map(
        steps: ["step account \"Family's account\" by nurse, family"],
        flows: ["begin -> account -> done"], header: ["tags incident"])),
      expected: []),
    EngagementCase(
      name: "disclosure without an analysis step", code: "EM0306",
      text: EngagementFixture.model(level: "direct_care", process: map(
        steps: ["step tell \"Tell the patient\" by nurse, patient { tags disclosure }"],
        flows: ["begin -> tell -> done"], header: ["tags disclosure"])),
      expected: ["25:10"]),
    EngagementCase(
      name: "disclosure only after the analysis", code: "EM0306",
      text: EngagementFixture.model(level: "direct_care", process: map(
        steps: [
          "step analyse \"Analyse\" by nurse, family { tags incident }",
          "step tell \"Share findings\" by nurse, family { tags disclosure }",
        ],
        flows: ["begin -> analyse -> tell -> done"], header: ["tags incident"])),
      expected: ["25:10"]),
    EngagementCase(
      name: "both disclosures before the analysis", code: "EM0306",
      text: EngagementFixture.model(level: "direct_care", process: map(
        steps: [
          "step first \"Initial disclosure\" by nurse, family { tags disclosure }",
          "step second \"Second talk\" by nurse, family { tags disclosure }",
          "step analyse \"Analyse\" by nurse, family { tags incident }",
        ],
        flows: ["begin -> first -> second -> analyse -> done"], header: ["tags incident"])),
      expected: ["25:10"]),
    EngagementCase(
      name: "untagged analysis between two disclosures", code: "EM0306",
      text: EngagementFixture.model(level: "direct_care", process: map(
        steps: [
          "step first \"Initial disclosure\" by nurse, family { tags disclosure }",
          "step analyse \"Analyse\" by nurse, family",
          "step findings \"Share findings\" by nurse, family { tags disclosure }",
        ],
        flows: ["begin -> first -> analyse -> findings -> done"], header: ["tags incident"])),
      expected: []),
    EngagementCase(
      name: "an analysis tagged only disclosure between two disclosures", code: "EM0306",
      text: EngagementFixture.model(level: "direct_care", process: map(
        steps: [
          "step first \"Initial disclosure\" by nurse, family { tags disclosure }",
          "step analyse \"Analyse with the family\" by nurse, family { tags disclosure }",
          "step findings \"Share findings\" by nurse, family { tags disclosure }",
        ],
        flows: ["begin -> first -> analyse -> findings -> done"], header: ["tags incident"])),
      expected: []),
    EngagementCase(
      name: "two disclosures one after the other and an untagged analysis after them", code: "EM0306",
      text: EngagementFixture.model(level: "direct_care", process: map(
        steps: [
          "step first \"Initial disclosure\" by nurse, family { tags disclosure }",
          "step apology \"Apologise\" by nurse, family { tags disclosure }",
          "step analyse \"Analyse\" by nurse",
        ],
        flows: ["begin -> first -> apology -> analyse -> done"], header: ["tags incident"])),
      expected: ["25:10"]),
    EngagementCase(
      name: "no disclosure step before an untagged analysis", code: "EM0306",
      text: EngagementFixture.model(level: "direct_care", process: map(
        steps: ["step analyse \"Analyse\" by nurse"], flows: ["begin -> analyse -> done"], header: ["tags incident"])),
      expected: ["25:10", "25:10"]),
    EngagementCase(
      name: "initial and post-analysis disclosure", code: "EM0306",
      text: EngagementFixture.model(level: "direct_care", process: map(
        steps: [
          "step first \"Initial disclosure\" by nurse, family { tags disclosure }",
          "step analyse \"Analyse\" by nurse, family { tags incident }",
          "step findings \"Post-analysis disclosure\" by nurse, family { tags disclosure }",
        ],
        flows: ["begin -> first -> analyse -> findings -> done"], header: ["tags incident"])),
      expected: []),
  ]

  static let modelCases: [EngagementCase] = [
    EngagementCase(
      name: "direct care without a concern channel", code: "EM0307",
      text: EngagementFixture.model(level: "direct_care", process: simpleMap), expected: ["16:13"]),
    EngagementCase(
      name: "a concern_reporting step is a channel", code: "EM0307",
      text: EngagementFixture.model(level: "direct_care", process: map(
        steps: ["step raise \"Raise a concern\" by patient { tags concern_reporting }"],
        flows: ["begin -> raise -> done"])),
      expected: []),
    EngagementCase(
      name: "an organisation-level mega-process needs no channel", code: "EM0307",
      text: EngagementFixture.model(process: simpleMap), expected: []),
    EngagementCase(
      name: "levels neither covered nor out of scope", code: "EM0308",
      text: EngagementFixture.model(process: simpleMap), expected: ["1:14"]),
    EngagementCase(
      name: "levels out of scope", code: "EM0308",
      text: EngagementFixture.model(organisation: ["out_of_scope direct_care, policy"], process: simpleMap),
      expected: []),
    EngagementCase(
      name: "partners without a support process", code: "EM0309",
      text: EngagementFixture.model(process: simpleMap), expected: ["10:6"]),
    EngagementCase(
      name: "partners with a support process", code: "EM0309",
      text: EngagementFixture.model(process: simpleMap, topLevel: supportProcess), expected: []),
    EngagementCase(
      name: "no partners, no support process needed", code: "EM0309",
      text: EngagementFixture.model(process: map(steps: ["step meet \"Meet\" by nurse"], flows: ["begin -> meet -> done"])),
      expected: []),
    EngagementCase(
      name: "codesign without facilitator or sponsor", code: "EM0310",
      text: EngagementFixture.model(process: map(
        steps: ["step design \"Design\" by nurse, partner x2"], flows: ["begin -> design -> done"],
        header: ["tags codesign"])),
      expected: ["21:11"]),
    EngagementCase(
      name: "codesign with facilitator and sponsor in steps", code: "EM0310",
      text: EngagementFixture.model(process: map(
        steps: ["step design \"Design\" by facilitator, sponsor, partner x2"], flows: ["begin -> design -> done"],
        header: ["tags codesign"])),
      expected: []),
    EngagementCase(
      name: "codesign at direct-care level is not checked", code: "EM0310",
      text: EngagementFixture.model(level: "direct_care", process: map(
        steps: ["step design \"Design\" by nurse, patient"], flows: ["begin -> design -> done"],
        header: ["tags codesign"])),
      expected: []),
    EngagementCase(
      name: "no evaluation process", code: "EM0311",
      text: EngagementFixture.model(process: simpleMap), expected: ["1:14"]),
    EngagementCase(
      name: "an evaluation process whose output nobody receives", code: "EM0311",
      text: EngagementFixture.model(process: map(
        steps: ["step evaluate \"Evaluate\" by sponsor"], flows: ["begin -> evaluate -> done"],
        header: ["tags evaluation", "output report \"Engagement report\""])),
      expected: ["21:11"]),
    EngagementCase(
      name: "an evaluation report taken as an input", code: "EM0311",
      text: EngagementFixture.model(
        process: map(
          steps: ["step evaluate \"Evaluate\" by sponsor"], flows: ["begin -> evaluate -> done"],
          header: ["tags evaluation", "output referral_request \"Engagement report\""]),
        topLevel: referralTarget),
      expected: []),
    EngagementCase(
      name: "no patient-defined measure", code: "EM0312",
      text: EngagementFixture.model(process: simpleMap + [
        "", "measure met \"Met\" {", "  type process", "  unit percent", "  target >= 90", "}",
      ]),
      expected: ["16:13"]),
    EngagementCase(
      name: "a patient-defined process measure", code: "EM0312",
      text: EngagementFixture.model(process: simpleMap + [
        "", "measure met \"Met\" {", "  type process", "  unit percent", "  target >= 90", "  patient_defined yes", "}",
      ]),
      expected: []),
  ]

  @Test("EM0301 counting of patient partners", arguments: partnerCases)
  func partners(_ testCase: EngagementCase) throws { try check(testCase) }

  @Test("EM0302 partners from the first step", arguments: firstStepCases)
  func firstStep(_ testCase: EngagementCase) throws { try check(testCase) }

  @Test("EM0303 feedback on input", arguments: feedbackCases)
  func feedback(_ testCase: EngagementCase) throws { try check(testCase) }

  @Test("EM0304 collaborate and empower", arguments: levelCases)
  func levels(_ testCase: EngagementCase) throws { try check(testCase) }

  @Test("EM0305 and EM0306 incidents and disclosure", arguments: incidentCases)
  func incidents(_ testCase: EngagementCase) throws { try check(testCase) }

  @Test("EM0307–EM0312 model-wide engagement", arguments: modelCases)
  func modelWide(_ testCase: EngagementCase) throws { try check(testCase) }

  private func check(_ testCase: EngagementCase) throws {
    let findings = try EngagementFixture.findings(testCase.code, in: testCase.text)
    #expect(EngagementFixture.positions(findings) == testCase.expected, "\(findings.map(\.message))")
  }
}
