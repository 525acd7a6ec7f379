import Foundation
import Testing

/// `engagemap measures --format html`: the page escapes as the maps do.
@Suite("engagemap measures --format html")
struct HTMLReportTests {
  static let model = "Tests/EngageMeasuresTests/Fixtures/clinic/model.engage"

  static func page(note: String) throws -> String {
    let scratch = try ScratchDirectory()
    try scratch.write("data.csv", "measure,period,value,note\nplans_with_goals,2026-10,76,\"\(note)\"\n")
    let result = try CLIRunner.run(["measures", model, "--data", "\(scratch.path)/data.csv", "--format", "html"])
    #expect(result.status == 0, "\(result.standardError)")
    return result.standardOutput
  }

  @Test func textFromTheDataIsEscapedAndUnrepresentableCharactersAreReplaced() throws {
    let page = try Self.page(note: "new <v2> & 'quotes' \"\"x\"\" \u{0B}\u{FFFE}")
    #expect(page.contains("new &lt;v2&gt; &amp; &#39;quotes&#39; &quot;x&quot; \u{FFFD}\u{FFFD}"))
    #expect(!page.contains("\u{0B}") && !page.contains("\u{FFFE}"))
  }
}
