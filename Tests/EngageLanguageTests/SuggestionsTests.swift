import EngageLanguage
import Testing

/// "Did you mean" suggestions.
@Suite struct SuggestionsTests {
  @Test(arguments: [
    ("kidn", ["kind", "description"], "kind"),
    ("proces", ["process", "role", "relation"], "process"),
    ("precent", ["percent", "count"], "percent"),
    ("organization", ["organisation"], "organisation"),
    ("Process", ["process"], "process"),
    ("warn", ["error", "warning", "info", "off"], "warning"),
    ("direct", ["direct_care", "organisation", "policy"], "direct_care"),
  ])
  func suggestsTheClosestCandidate(_ word: String, _ candidates: [String], _ expected: String) {
    #expect(Suggestions.closest(to: word, among: candidates) == expected)
  }

  @Test(arguments: [
    ("x", ["up", "down"]),
    ("doctor", ["patient", "clinician", "staff"]),
    ("", ["kind"]),
    ("kind", [String]()),
  ])
  func suggestsNothingWhenNothingIsClose(_ word: String, _ candidates: [String]) {
    #expect(Suggestions.closest(to: word, among: candidates) == nil)
  }

  @Test func tiesGoToTheCandidateThatSortsFirst() {
    #expect(Suggestions.closest(to: "cat", among: ["cut", "bat", "cab"]) == "bat")
    #expect(Suggestions.closest(to: "cat", among: ["cab", "cut", "bat"]) == "bat")
  }

  @Test func transpositionCountsAsOneEdit() {
    #expect(Suggestions.closest(to: "teh", among: ["the", "tha"]) == "the")
    #expect(Suggestions.closest(to: "ab", among: ["ba"]) == "ba")
  }
}
