import Testing

@testable import EngageLanguage

@Suite struct DiagnosticCodeFamilyTests {
  static let family = DiagnosticCodeFamily(
    entries: [
      .init(code: "EM0901", name: "first", severity: .error, title: "First", detail: "First."),
      .init(code: "EM0902", name: "second", severity: .warning, title: "Second", detail: "Second."),
    ],
    explanation: "About.")

  @Test func findsEntriesByCodeInAnyCaseOrByName() {
    #expect(Self.family.entry("EM0901")?.name == "first")
    #expect(Self.family.entry("em0902")?.name == "second")
    #expect(Self.family.entry("second")?.code == "EM0902")
    #expect(Self.family.entry("SECOND") == nil)
    #expect(Self.family.entry("EM0903") == nil)
  }

  @Test func spansItsCodes() {
    #expect(Self.family.codeSpan == "EM0901–EM0902")
    #expect(DiagnosticCodeFamily(entries: [], explanation: "").codeSpan == "")
  }
}
