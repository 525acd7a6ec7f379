import EngageLanguage
import Testing

/// Valid ids made from text that is not one: the suggestion for a hyphenated id, and the
/// organisation id `engagemap init --name` derives.
@Suite struct IdentifierSuggestionTests {
  @Test(arguments: [
    ("care-plan", "care_plan"), ("general-practitioner", "general_practitioner"), ("step-2", "step_2"),
    ("Care-Plan", "Care_Plan"), ("médecin-chef", "medecin_chef"), ("_care-plan", "care_plan"),
    ("a-b-c", "a_b_c"),
  ])
  func hyphensBecomeUnderscores(_ written: String, _ expected: String) {
    #expect(IdentifierSuggestion.replacingHyphens(in: written) == expected)
    #expect(IdentifierSuggestion.isValidIdentifier(expected))
  }

  @Test(arguments: [
    ("Lakeside Clinic", "lakeside_clinic"), ("Clinique Sainte-Anne", "clinique_sainte_anne"),
    ("Straße am See", "strasse_am_see"), ("Ærø Sundhed", "aero_sundhed"), ("  --Our   Centre--  ", "our_centre"),
    ("24/7 Care", "id_24_7_care"), ("Centre (Québec) \"Nord\"", "centre_quebec_nord"), ("Łódź", "lodz"),
    ("snake_case_name", "snake_case_name"), ("Clinic 😀 One", "clinic_one"),
  ])
  func identifierFromAName(_ name: String, _ expected: String) {
    #expect(IdentifierSuggestion.identifier(from: name) == expected)
    #expect(IdentifierSuggestion.isValidIdentifier(expected))
  }

  @Test(arguments: ["", "!!!", "   ", "北京诊所", "😀"])
  func nameWithNothingToKeepHasNoIdentifier(_ name: String) {
    #expect(IdentifierSuggestion.identifier(from: name) == nil)
  }

  @Test func keepsCaseWhenAsked() {
    #expect(IdentifierSuggestion.identifier(from: "Care Plan", lowercased: false) == "Care_Plan")
  }

  @Test(arguments: ["a", "gp", "EM0301", "step2", "care_plan"])
  func validIdentifiers(_ text: String) {
    #expect(IdentifierSuggestion.isValidIdentifier(text))
  }

  @Test(arguments: ["", "_a", "2a", "care-plan", "médecin", "a b", "a.b"])
  func invalidIdentifiers(_ text: String) {
    #expect(!IdentifierSuggestion.isValidIdentifier(text))
  }

  /// Every hyphenated id the parser reports gets a fix-it whose replacement is a valid id, and
  /// the file with the fix-it applied has no hyphen error left.
  @Test(arguments: ["care-plan", "step-2", "médecin-chef", "_a-b", "x-Y-z9"])
  func hyphenFixItIsAValidIdAndFixesTheFile(_ id: String) throws {
    let source = "role \(id) \"R\"\n"
    let result = Parser.parse(SourceFile(path: "h.engage", text: source))
    let hyphen = try #require(result.diagnostics.first { $0.message.contains("contains '-'") })
    let fixIt = try #require(hyphen.fixIts.first)
    #expect(IdentifierSuggestion.isValidIdentifier(fixIt.replacement))
    #expect(hyphen.message.hasSuffix("did you mean '\(fixIt.replacement)'?"))
    var bytes = Array(source.utf8)
    bytes.replaceSubrange(fixIt.range.start..<fixIt.range.end, with: Array(fixIt.replacement.utf8))
    #expect(Parser.parse(SourceFile(path: "h.engage", bytes: bytes)).diagnostics.isEmpty)
  }
}
