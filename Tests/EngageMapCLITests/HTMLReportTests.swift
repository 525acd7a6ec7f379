import Foundation
import Testing

/// `engagemap measures --format html`: the page escapes as the maps do and takes its colours
/// from the theme.
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

  /// Colours appear once, as custom properties on `:root`; the rules refer to them.
  @Test func colourLiteralsAreOnlyTheThemesCustomProperties() throws {
    let page = try Self.page(note: "ok")
    let style = try #require(page.firstRange(of: /<style>[\s\S]*?<\/style>/).map { String(page[$0]) })
    let root = try #require(style.firstRange(of: /:root \{[^}]*\}/).map { String(style[$0]) })
    #expect(root.contains("  --status-met-fill: #BFE6DA;\n"))
    #expect(root.contains("  --ink: #222222;\n"))
    let outsideRoot = style.replacingOccurrences(of: root, with: "")
    #expect(outsideRoot.firstMatch(of: /#[0-9A-Fa-f]{3,8}\b/) == nil)
    #expect(outsideRoot.contains(".status-missed { color: var(--status-missed-ink); background: var(--status-missed-fill); border-color: var(--status-missed-pen); }"))
    for name in style.matches(of: /var\(--([a-z-]+)\)/).map({ String($0.output.1) }) {
      #expect(root.contains("--\(name): #"), "var(--\(name)) is not defined")
    }
  }
}
