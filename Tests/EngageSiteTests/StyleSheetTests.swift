import Foundation
import Testing

@testable import EngageSite

/// `assets/site.css`: colours only as the theme's custom properties, and a print style sheet
/// for A4 with one process per page.
@Suite("Site style sheet")
struct StyleSheetTests {
  static var css: String { SiteStyleSheet.text }

  static func rootBlock() throws -> String {
    try #require(css.firstRange(of: /:root \{[^}]*\}/).map { String(css[$0]) })
  }

  @Test func coloursAreOnlyTheThemesCustomProperties() throws {
    let root = try Self.rootBlock()
    #expect(root.contains("  --status-met-fill: #BFE6DA;\n"))
    #expect(root.contains("  --level-empower-fill: #2166AC;\n"))
    #expect(root.contains("  --severity-error-pen: #D55E00;\n"))
    let rules = Self.css.replacingOccurrences(of: root, with: "")
    #expect(rules.firstMatch(of: /#[0-9A-Fa-f]{3,8}\b/) == nil, "a colour literal outside :root")
    #expect(rules.firstMatch(of: /(?i)\b(?:rgb|rgba|hsl|hsla)\(/) == nil)
    let named = /(?i)(?:color|background|border(?:-[a-z]+)?|fill|stroke|outline|box-shadow)\s*:[^;]*\b(?:white|black|red|green|blue|gr[ae]y|yellow|orange|transparent|silver)\b/
    #expect(rules.firstMatch(of: named) == nil, "a named colour outside :root")
  }

  @Test func everyCustomPropertyUsedIsDefined() throws {
    let root = try Self.rootBlock()
    let used = Set(Self.css.matches(of: /var\(--([a-z_-]+)\)/).map { String($0.output.1) })
    #expect(used.count > 40)
    for name in used.sorted() { #expect(root.contains("--\(name): "), "var(--\(name)) is not defined") }
  }

  @Test func thePrintStyleSheetIsA4WithoutNavigationAndOneProcessPerPage() throws {
    let css = Self.css
    #expect(css.contains("@page { size: A4; margin: 14mm 12mm 16mm; }"))
    let print = try #require(css.firstRange(of: /@media print \{[\s\S]*\n\}/).map { String(css[$0]) })
    #expect(print.contains(".site-header nav, .search, .skip, .map-size, .no-print, footer { display: none !important; }"))
    #expect(print.contains("figure.map svg, figure.map.actual-size svg { width: 100%; max-width: 100%; height: auto; max-height: 175mm; }"))
    #expect(print.contains(".print-process { break-before: page; }"))
    #expect(print.contains(".print-process:first-of-type { break-before: auto; }"))
    #expect(print.contains("tr, .diagnostic, dl.facts, svg.trend { break-inside: avoid; }"))
  }

  /// The classes the templates use for statuses, levels, kinds and severities have rules.
  @Test func theClassesThePagesUseHaveRules() throws {
    for name in ["status-met", "status-no-data", "level-collaborate", "kind-support", "role-patient_partner", "severity-info", "print-process", "map-size", "error-banner", "matrix"] {
      #expect(Self.css.contains("." + name), "no rule for .\(name)")
    }
  }
}
