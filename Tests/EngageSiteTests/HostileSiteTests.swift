import EngageLanguage
import EngageSite
import EngageWorkspace
import Foundation
import Testing

/// A model whose every title, description, label and source is hostile: markup, quotes,
/// backslashes Graphviz would expand, a right-to-left override, a noncharacter and a control
/// character. Every page must stay well-formed, gain no element, and show the text literally.
@Suite("Hostile text on the site")
struct HostileSiteTests {
  /// The hostile text as the model's string literals write it.
  static let written = #"<script>alert(1)</script> & \"dq\" 'sq' \\N \\G "# + "\u{202E}evil\u{202C} \u{FFFE} \u{01} <b>end</b>"
  /// The same text as the model holds it.
  static let hostile = #"<script>alert(1)</script> & "dq" 'sq' \N \G "# + "\u{202E}evil\u{202C} \u{FFFE} \u{01} <b>end</b>"
  /// As a page shows it: what markup cannot carry replaced, the bidirectional text isolated.
  static func shown(_ text: String) -> String {
    var scalars = String.UnicodeScalarView()
    for scalar in text.unicodeScalars {
      scalars.append(MarkupEscaping.isUnrepresentable(scalar) ? MarkupEscaping.replacement : scalar)
    }
    return "\u{2068}" + String(scalars) + "\u{2069}"
  }

  static let model: String = {
    let h = written
    return """
      organisation org "Org \(h)" {
        purpose "Purpose \(h)"
        description "Line one \(h)\\nLine two"
        goal g1 "Goal \(h)"
        out_of_scope policy, organisation
      }
      client patients "Client \(h)" {
        kind external
        description "Client description \(h)"
      }
      role patient "Role \(h)" {
        kind patient
        description "Role description \(h)"
      }
      role nurse "Nurse \(h)" { kind clinician }
      megaprocess care "Mega \(h)" {
        client patients
        goals g1
        level direct_care
        description "Mega description \(h)"
        process planning "Process \(h)" {
          kind main
          owner nurse
          purpose "Process purpose \(h)"
          engagement consult
          tags feedback
          description "Process description \(h)"
          input visit "Input \(h)" from patients { description "Input description \(h)" }
          output plan "Output \(h)" to patients { description "Output description \(h)" }
          start s "Start \(h)"
          step one "Step \(h)" by patient, nurse x2 {
            description "Step description \(h)"
            duration 2 days
            tags feedback
          }
          decision d "Decision \(h)" by nurse
          end e "End \(h)"
          s -> one -> d
          d -> e when "Label \(h)"
          d -> one when "again"
          measure m1 "Measure \(h)" {
            type outcome
            unit percent
            target >= 80
            warning >= 70
            frequency monthly
            source "Source \(h)"
            owner nurse
            patient_defined yes
            description "Measure description \(h)"
          }
        }
        process review "Review \(h)" {
          kind main
          owner nurse
          purpose "Review purpose"
          input plan "Plan input \(h)" from planning.plan
          output done "Done \(h)" to patients
          start s "Start"
          step look "Look \(h)" by nurse, patient
          end e "End"
          s -> look -> e
        }
      }
      relation handover "Relation \(h)" {
        supplier planning.plan
        client review
        product "Product \(h)"
        requirement "Requirement \(h)"
        description "Relation description \(h)"
      }

      """
  }()

  static let site = Result { () throws -> GeneratedSite in
    let scratch = try ScratchDirectory()
    try scratch.write("hostile.engage", model)
    try scratch.write("data.csv", "measure,period,value,note\nm1,2026-10,75,\"Note \(hostile.replacingOccurrences(of: "\"", with: "\"\""))\"\n")
    return try SiteGenerator.generate(
      modelAt: "\(scratch.path)/hostile.engage", data: MeasureDataSelection(path: "\(scratch.path)/data.csv"))
  }

  @Test func theModelIsValidAndItsTextHostile() throws {
    let site = try Self.site.get()
    #expect(!site.diagnostics.contains { $0.severity == .error })
    #expect(site.dataDiagnostics.isEmpty)
    #expect(Self.hostile.contains("<script>") && Self.hostile.unicodeScalars.contains("\u{FFFE}"))
  }

  @Test func noPageGainsAnElementAnAttributeOrAScript() throws {
    let site = try Self.site.get()
    let allowedElements: Set<String> = [
      "html", "head", "meta", "title", "link", "script", "body", "a", "header", "nav", "ul", "li", "span", "form",
      "label", "input", "div", "ol", "p", "main", "h1", "h2", "h3", "dl", "dt", "dd", "code", "strong", "em", "section",
      "figure", "figcaption", "button", "table", "caption", "colgroup", "col", "thead", "tbody", "tr", "th", "td", "br",
      "article", "pre", "details", "summary", "footer", "noscript",
      "svg", "g", "polygon", "polyline", "path", "ellipse", "text", "line", "rect", "circle",
    ]
    #expect(site.pages.count == 16)
    for path in site.pages {
      let page = try ParsedPage.parse(try #require(site.file(path)).bytes, path: path)
      let unexpected = Set(page.elements.map(\.name)).subtracting(allowedElements)
      #expect(unexpected.isEmpty, "\(path): injected elements \(unexpected.sorted())")
      for script in page.elements(named: "script") {
        #expect(script.attributes["src"].map { $0.hasSuffix("assets/site.js") || $0.hasSuffix("assets/search-index.js") } == true, "\(path)")
        #expect(script.text.isEmpty, "\(path): an inline script")
      }
      for element in page.elements {
        let handlers = element.attributes.keys.filter { $0.lowercased().hasPrefix("on") }
        #expect(handlers.isEmpty, "\(path): \(element.name) has \(handlers)")
      }
    }
  }

  @Test(arguments: [
    ("index.html", "h1", "Org"), ("index.html", "p", "Purpose"), ("index.html", "strong", "Goal"),
    ("process/planning.html", "h1", "Process"), ("process/planning.html", "th", "Step"),
    ("process/planning.html", "th", "Decision"), ("process/planning.html", "th", "Input"),
    ("process/planning.html", "th", "Output"), ("process/planning.html", "span", "Source"),
    ("process/planning.html", "span", "Step description"), ("process/planning.html", "a", "Role"),
    ("process/planning.html", "a", "Mega"), ("process/planning.html", "p", "Process description"),
    ("megaprocess/care.html", "h1", "Mega"), ("megaprocess/care.html", "p", "Mega description"),
    ("role/patient.html", "h1", "Role"), ("role/patient.html", "a", "Step"),
    ("relations.html", "th", "Relation"), ("relations.html", "td", "Product"), ("relations.html", "li", "Requirement"),
    ("clients.html", "span", "Client description"), ("engagement.html", "a", "Review"),
    ("processes.html", "a", "Process"), ("roles.html", "a", "Nurse"), ("print.html", "h1", "Review"),
    ("measures.html", "strong", "Measure"), ("measures.html", "span", "Note"),
  ])
  func theTextIsShownLiterally(path: String, element: String, prefix: String) throws {
    let site = try Self.site.get()
    let page = try ParsedPage.parse(try #require(site.file(path)).bytes, path: path)
    let expected = Self.shown(prefix + " " + Self.hostile)
    let texts = page.elements(named: element).map(\.text)
    #expect(texts.contains { $0.contains(expected) }, "\(path): no <\(element)> shows \(prefix) literally")
  }

  @Test func theDecisionLabelAndTheTitlesInAttributesAreLiteralToo() throws {
    let site = try Self.site.get()
    let page = try ParsedPage.parse(try #require(site.file("process/planning.html")).bytes, path: "process/planning.html")
    #expect(page.elements(named: "li").contains { $0.text.hasPrefix("“" + Self.shown("Label " + Self.hostile) + "” → ") })
    let figure = try #require(page.elements(named: "figure").first)
    #expect(figure.attributes["aria-label"] == Self.shown("Process map of " + "Process " + Self.hostile))
  }

  @Test func theSearchIndexHoldsTheTitlesExactly() throws {
    let entries = try SearchIndexFile.entries(of: try Self.site.get())
    #expect(entries.first { $0.kind == "process" && $0.id == "planning" }?.title == "Process " + Self.hostile)
    #expect(entries.first { $0.kind == "step" && $0.id == "one" }?.text == "Step description " + Self.hostile)
  }

  @Test func theBidirectionalOverrideIsIsolatedOnThePage() throws {
    let text = try Self.site.get().text("process/planning.html")
    #expect(text.contains("<h1>\u{2068}Process &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;dq&quot; &#39;sq&#39; \\N \\G \u{202E}evil\u{202C} \u{FFFD} \u{FFFD} &lt;b&gt;end&lt;/b&gt;\u{2069} <code"))
    #expect(!text.unicodeScalars.contains("\u{FFFE}") && !text.unicodeScalars.contains("\u{01}"))
  }
}
