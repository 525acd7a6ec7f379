import EngageModel
@testable import EngageSite
import EngageWorkspace
import Foundation
import Testing

/// Every generated site, crawled: every page is well-formed, every relative `href`, `src`,
/// `action` and SVG `xlink:href` names a file of the site (and its `#fragment` an id on that
/// page), nothing refers outside the site, and every page can be reached from the home page.
@Suite("Site crawl")
struct SiteCrawlTests {
  @Test(arguments: Sites.names)
  func everyReferenceResolvesToAFileAndAnIdOfTheSite(name: String) throws {
    let site = try Sites.named(name)
    let crawler = SiteCrawler(site)
    #expect(crawler.problems == [], "\(name)")
    #expect(crawler.pages.count == site.pages.count)
    #expect(crawler.checkedReferences > 15 * site.pages.count, "the crawl followed the links of every page, its chrome at least")
  }

  @Test(arguments: Sites.names)
  func everyPageCanBeReachedFromTheHomePage(name: String) throws {
    let site = try Sites.named(name)
    let unreached = Set(site.pages).subtracting(SiteCrawler(site).reachable)
    #expect(unreached.sorted() == [], "\(name)")
  }

  /// The only absolute URLs in the whole site are the SVG and XLink namespace names, which are
  /// never fetched; styles, scripts and fonts are all the site's own.
  @Test(arguments: Sites.names)
  func nothingIsLoadedFromOutsideTheSite(name: String) throws {
    let site = try Sites.named(name)
    let namespaces = [#"xmlns="http://www.w3.org/2000/svg""#, #"xmlns:xlink="http://www.w3.org/1999/xlink""#]
    for file in site.files {
      var text = String(decoding: file.bytes, as: UTF8.self)
      for namespace in namespaces { text = text.replacingOccurrences(of: namespace, with: "") }
      #expect(text.firstRange(of: /(?i)https?:|ftp:|file:|\burl\(|@import|fetch\(|XMLHttpRequest|import\(|<iframe|<img|<object|<embed/) == nil, "\(name): \(file.path)")
      #expect(!text.contains("=\"//") && !text.contains("='//"), "\(name): \(file.path) has a protocol-relative reference")
    }
    #expect(site.files.contains { $0.path == "assets/site.css" } && site.files.contains { $0.path == "assets/site.js" })
  }

  /// Search results link to pages and ids that exist.
  @Test(arguments: Sites.names)
  func theSearchIndexLinksToPagesAndIdsOfTheSite(name: String) throws {
    let site = try Sites.named(name)
    let entries = try SearchIndexFile.entries(of: site)
    let crawler = SiteCrawler(site)
    for entry in entries {
      let (path, fragment) = SiteCrawler.resolve(entry.path, on: SitePaths.home)
      let page = crawler.pages[path]
      #expect(page != nil, "\(name): \(entry.kind) \(entry.id) links to \(entry.path)")
      if let fragment { #expect(page?.ids.contains(fragment) == true, "\(name): \(entry.path)") }
    }
    let graph = try #require(try Workspace().load(Sites.modelPath(name)).graph)
    let elements =
      1 + graph.goals.count + graph.megaprocesses.count + graph.processes.count
      + graph.processes.reduce(0) { $0 + $1.nodes.count } + graph.roles.count + graph.measures.count
      + graph.clients.count + graph.relations.count
    #expect(entries.count == elements, "one entry per element")
    #expect(entries.filter { $0.kind == "process" }.map(\.id) == graph.processes.map(\.id))
    #expect(entries.filter { $0.kind == "mega-process" }.map(\.id) == graph.megaprocesses.map(\.id))
    #expect(entries.filter { $0.kind == "role" }.map(\.id) == graph.roles.map(\.id))
    #expect(entries.filter { $0.kind == "measure" }.map(\.id) == graph.measures.map(\.id))
    let steps = graph.processes.flatMap { $0.nodes.map(\.id) }
    #expect(entries.filter { $0.kind == "step" || $0.kind == "decision" }.map(\.id) == steps)
  }

  /// The site's paths are the views' link paths: the maps link every process and mega-process
  /// to its page, and those pages exist.
  @Test func theLandscapeLinksEveryMegaprocessAndProcessToItsPage() throws {
    let site = try Sites.riverside.get()
    let graph = try #require(try Workspace().load(TestPaths.model("riverside")).graph)
    let home = try #require(SiteCrawler(site).pages["index.html"])
    let mapLinks = Set(home.elements(named: "a").compactMap { $0.attributes["xlink:href"] })
    for process in graph.processes {
      #expect(mapLinks.contains("process/\(process.id).html"), "\(process.id)")
      #expect(site.file("process/\(process.id).html") != nil)
    }
    for megaprocess in graph.megaprocesses {
      #expect(mapLinks.contains("megaprocess/\(megaprocess.id).html"), "\(megaprocess.id)")
      #expect(site.file("megaprocess/\(megaprocess.id).html") != nil)
    }
  }

  @Test func aCollapsedLandscapeLinksItsSummariesToTheirPages() throws {
    let site = try Sites.riversideCollapsed.get()
    let home = try #require(SiteCrawler(site).pages["index.html"])
    let mapLinks = Set(home.elements(named: "a").compactMap { $0.attributes["xlink:href"] })
    #expect(mapLinks.contains("megaprocess/care_partnership.html"))
    #expect(mapLinks.contains("megaprocess/toplevel-support.html"))
    #expect(site.file("megaprocess/toplevel-support.html") != nil)
    let band = try site.text("megaprocess/toplevel-support.html")
    #expect(band.contains("Patient experience survey"))
  }

  @Test(arguments: Sites.names)
  func theSiteHasEveryPage(name: String) throws {
    let site = try Sites.named(name)
    let graph = try #require(try Workspace().load(Sites.modelPath(name)).graph)
    var expected = [
      "index.html", "processes.html", "relations.html", "engagement.html", "roles.html", "measures.html",
      "diagnostics.html", "rules.html", "clients.html", "search.html", "print.html",
      "assets/site.css", "assets/site.js", "assets/search-index.js",
    ]
    expected += graph.megaprocesses.map { "megaprocess/\($0.id).html" }
    expected += graph.processes.map { "process/\($0.id).html" }
    expected += graph.roles.map { "role/\($0.id).html" }
    if name == "riverside collapsed" { expected.append("megaprocess/toplevel-support.html") }
    #expect(site.files.map(\.path) == expected.sorted())
  }
}

/// The crawler finds what it looks for: a site with one of each problem.
@Suite("Site crawler")
struct SiteCrawlerTests {
  @Test func itReportsBrokenLinksMissingIdsExternalReferencesAndMalformedPages() throws {
    let files = [
      OutputFile(path: "index.html", text: ##"<html><body id="top"><a href="process/a.html#step-x">a</a> <a href="gone.html">gone</a> <a href="https://example.org/x">out</a> <img src="//cdn.example.org/i.png"/> <a href="#top">top</a> <a href="#nowhere">nowhere</a> <a href="broken.html">b</a></body></html>"##),
      OutputFile(path: "process/a.html", text: #"<html><body><p id="step-y">y</p><a href="../index.html#top">home</a></body></html>"#),
      OutputFile(path: "broken.html", text: "<html><body><p>unclosed</body></html>"),
      OutputFile(path: "orphan.html", text: "<html><body/></html>"),
    ]
    let site = GeneratedSite(files: files, diagnostics: [], dataDiagnostics: [], showsModel: true)
    let crawler = SiteCrawler(site)
    let problems = crawler.problems.joined(separator: "\n")
    #expect(problems.contains("index.html: a href process/a.html#step-x: process/a.html has no id 'step-x'"))
    #expect(problems.contains("index.html: a href gone.html names no file of the site (gone.html)"))
    #expect(problems.contains("index.html: a href leaves the site: https://example.org/x"))
    #expect(problems.contains("index.html: img src leaves the site: //cdn.example.org/i.png"))
    #expect(problems.contains("index.html: a href #nowhere: index.html has no id 'nowhere'"))
    #expect(problems.contains("broken.html is not well-formed"))
    #expect(!problems.contains("#top:"), "a fragment of the page itself that exists is fine")
    #expect(crawler.problems.count == 6, "\(crawler.problems)")
    #expect(crawler.reachable == ["index.html", "process/a.html"], "the orphan and the malformed page are not reached")
  }
}

/// `assets/search-index.js` read back.
enum SearchIndexFile {
  struct Entry: Decodable {
    let kind: String
    let title: String
    let id: String
    let text: String
    let context: String?
    let path: String
  }

  static func entries(of site: GeneratedSite) throws -> [Entry] {
    let script = try site.text("assets/search-index.js")
    let prefix = "window.ENGAGEMAP_SEARCH_INDEX = "
    guard script.hasPrefix(prefix), script.hasSuffix(";\n") else { throw SiteTestError("unexpected search index: \(script.prefix(80))") }
    let json = script.dropFirst(prefix.count).dropLast(2)
    return try JSONDecoder().decode([Entry].self, from: Data(json.utf8))
  }
}
