import EngageLanguage
import EngageSite
import EngageWorkspace
import Foundation
import Testing

/// The generator as a library: deterministic, callable from several threads at once, a snippet
/// on every page and nothing else changed, models with errors and unusable data.
@Suite("Site generator")
struct SiteGeneratorTests {
  @Test func theSameModelAndDataGiveByteIdenticalSites() throws {
    let first = try Sites.riversideWithData.get()
    let second = try SiteGenerator.generate(
      modelAt: TestPaths.model("riverside"), data: MeasureDataSelection(path: TestPaths.riversideData))
    #expect(first.files.map(\.path) == second.files.map(\.path))
    let different = zip(first.files, second.files).filter { $0.bytes != $1.bytes }.map(\.0.path)
    #expect(different == [], "these files differ between two runs")
    #expect(first.files.map(\.path) == first.files.map(\.path).sorted(), "files come sorted by path")
  }

  /// A preview server generates on whatever thread a request arrives on.
  @Test func sitesGeneratedOnSeveralThreadsAtOnceAreTheSame() async throws {
    let expected = try Sites.northshore.get().files
    let sites = try await withThrowingTaskGroup(of: [OutputFile].self) { group in
      for _ in 0..<3 {
        group.addTask { try SiteGenerator.generate(modelAt: TestPaths.model("northshore")).files }
      }
      var sites: [[OutputFile]] = []
      for try await files in group { sites.append(files) }
      return sites
    }
    #expect(sites.count == 3)
    for files in sites {
      #expect(files.map(\.path) == expected.map(\.path))
      let different = zip(files, expected).filter { $0.bytes != $1.bytes }.map(\.0.path)
      #expect(different == [])
    }
  }

  @Test func aSnippetGoesBeforeTheEndOfEveryPageAndNothingElseChanges() throws {
    let snippet = #"<script src="/live-reload.js"></script>"#
    let plain = try Sites.northshore.get()
    let withSnippet = try SiteGenerator.generate(
      modelAt: TestPaths.model("northshore"), options: SiteOptions(pageSnippet: snippet))
    #expect(withSnippet.files.map(\.path) == plain.files.map(\.path))
    var pages = 0
    for (file, original) in zip(withSnippet.files, plain.files) {
      let text = String(decoding: file.bytes, as: UTF8.self)
      guard file.path.hasSuffix(".html") else {
        let same = file.bytes == original.bytes
        #expect(same, "\(file.path)")
        continue
      }
      pages += 1
      #expect(text.components(separatedBy: snippet).count == 2, "\(file.path): the snippet once")
      #expect(text.hasSuffix(snippet + "\n</body>\n</html>\n"), "\(file.path)")
      let unchanged = text.replacingOccurrences(of: snippet, with: "") == String(decoding: original.bytes, as: UTF8.self)
      #expect(unchanged, "\(file.path): only the snippet differs")
    }
    #expect(pages == plain.pages.count && pages > 20)
  }

  @Test func aModelWithErrorsFailsWithItsDiagnostics() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("broken.engage", Self.brokenModel)
    let error = try #require(throws: WorkspaceError.self) {
      try SiteGenerator.generate(modelAt: "\(scratch.path)/broken.engage")
    }
    #expect(error.kind == .modelErrors)
    #expect(error.diagnostics.contains { $0.code.rawValue == "EM0007" && $0.severity == .error })
  }

  /// What a preview server shows while the model has errors: the errors, and nothing else.
  @Test func aModelWithErrorsCanBePublishedAsItsDiagnostics() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("broken.engage", Self.brokenModel)
    let site = try SiteGenerator.generate(
      modelAt: "\(scratch.path)/broken.engage", options: SiteOptions(modelErrors: .publishDiagnostics, pageSnippet: "<!-- live -->"))
    #expect(!site.showsModel)
    #expect(site.files.map(\.path) == ["assets/site.css", "assets/site.js", "diagnostics.html", "index.html", "rules.html"])
    #expect(site.diagnostics.contains { $0.code.rawValue == "EM0007" })
    let crawler = SiteCrawler(site)
    #expect(crawler.problems == [])
    let home = try #require(crawler.pages["index.html"])
    #expect(home.elements(classed: "error-banner").first?.text.contains("The model has 1 error.") == true)
    let error = try #require(home.element(id: "diagnostic-1"))
    #expect(error.text.contains("broken.engage:7:9"))
    #expect(error.text.contains("unknown role 'gq'"))
    #expect(home.descendants(ofId: "diagnostic-1").contains { $0.attributes["href"] == "rules.html#EM0007" })
    #expect(home.elements(named: "nav").count == 1)
    #expect(home.elements(named: "li").prefix(2).map(\.text) == ["Home", "Diagnostics 1 error"])
    #expect(!home.elements(named: "form").contains { $0.attributes["role"] == "search" }, "no search without a model")
    #expect(try site.text("index.html").contains("<!-- live -->\n</body>"))
  }

  @Test func unusableMeasureDataIsAnInputFailureAfterTheModelsDiagnostics() throws {
    let error = try #require(throws: WorkspaceError.self) {
      try SiteGenerator.generate(
        modelAt: TestPaths.model("northshore"), data: MeasureDataSelection(path: "/no/such/data.csv"))
    }
    #expect(error.kind == .usageOrIO)
    #expect(error.message?.contains("/no/such/data.csv") == true)
    let period = try #require(throws: WorkspaceError.self) {
      try SiteGenerator.generate(
        modelAt: TestPaths.model("northshore"), data: MeasureDataSelection(path: TestPaths.northshoreData, period: "2026-13"))
    }
    #expect(period.kind == .usageOrIO)
  }

  @Test func theFooterNamesTheModelAndTheDataFileButNoDirectory() throws {
    let page = try Sites.northshoreWithData.get().text("index.html")
    #expect(page.contains("Generated by EngageMap from the model <strong>northshore</strong>, with measure data from <strong>northshore-measures.csv</strong> for 2026-10."))
    #expect(!page.contains(TestPaths.packageRoot))
  }

  static let brokenModel = """
    organisation o "O" {
      purpose "P"
      goal g "G"
    }
    role gp "GP" { kind clinician }
    process p "P" {
      owner gq
    }

    """
}
