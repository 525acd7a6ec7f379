import EngageSite
import Foundation

/// Crawls a generated site as a browser would read it from disk: parses every page, resolves
/// every relative reference (and its `#fragment`) to a file (and an id) of the site, and lists
/// what is wrong. Links that leave the site are not allowed at all: the site must work offline.
struct SiteCrawler {
  let site: GeneratedSite
  private(set) var pages: [String: ParsedPage] = [:]
  private(set) var problems: [String] = []
  /// Every (page, reference) checked, to show the crawl checked something.
  private(set) var checkedReferences = 0

  init(_ site: GeneratedSite) {
    self.site = site
    for path in site.pages {
      guard let file = site.file(path) else { continue }
      do {
        pages[path] = try ParsedPage.parse(file.bytes, path: path)
      } catch {
        problems.append("\(error)")
      }
    }
    for path in pages.keys.sorted() {
      guard let page = pages[path] else { continue }
      let duplicates = Dictionary(grouping: page.ids, by: { $0 }).filter { $0.value.count > 1 }.keys.sorted()
      if !duplicates.isEmpty { problems.append("\(path): ids used twice: \(duplicates.joined(separator: ", "))") }
      for reference in page.references {
        checkedReferences += 1
        check(reference.value, on: path, what: "\(reference.element) \(reference.attribute)")
      }
    }
  }

  /// Whether a reference leaves the site: a scheme (`http:`, `data:`, `javascript:`, ...) or a
  /// protocol-relative or absolute path.
  static func isExternal(_ reference: String) -> Bool {
    if reference.hasPrefix("//") || reference.hasPrefix("/") { return true }
    let beforePath = reference.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    return beforePath.contains(":")
  }

  /// `reference` written on `page`, resolved to a site path and fragment.
  static func resolve(_ reference: String, on page: String) -> (path: String, fragment: String?) {
    var target = reference
    var fragment: String?
    if let hash = target.firstIndex(of: "#") {
      fragment = String(target[target.index(after: hash)...])
      target = String(target[..<hash])
    }
    if let query = target.firstIndex(of: "?") { target = String(target[..<query]) }
    if target.isEmpty { return (page, fragment) }
    var components = page.split(separator: "/").dropLast().map(String.init)
    for component in target.split(separator: "/", omittingEmptySubsequences: false) {
      switch component {
      case ".": continue
      case "..": if !components.isEmpty { components.removeLast() } else { components.append("..") }
      default: components.append(String(component))
      }
    }
    return (components.joined(separator: "/"), fragment)
  }

  private mutating func check(_ reference: String, on page: String, what: String) {
    if Self.isExternal(reference) {
      problems.append("\(page): \(what) leaves the site: \(reference)")
      return
    }
    let (path, fragment) = Self.resolve(reference, on: page)
    guard site.file(path) != nil else {
      problems.append("\(page): \(what) \(reference) names no file of the site (\(path))")
      return
    }
    if let fragment, !fragment.isEmpty {
      guard let target = pages[path] else {
        problems.append("\(page): \(what) \(reference) has a fragment but \(path) is not a page")
        return
      }
      if !target.ids.contains(fragment) {
        problems.append("\(page): \(what) \(reference): \(path) has no id '\(fragment)'")
      }
    }
  }

  /// The pages a reader reaches from `index.html` by following links.
  var reachable: Set<String> {
    var seen: Set<String> = [SitePaths.home]
    var queue = [SitePaths.home]
    while let page = queue.popLast() {
      for reference in pages[page]?.references ?? [] where !Self.isExternal(reference.value) {
        let path = Self.resolve(reference.value, on: page).path
        if pages[path] != nil, seen.insert(path).inserted { queue.append(path) }
      }
    }
    return seen
  }
}

/// Site paths the tests name.
enum SitePaths {
  static let home = "index.html"
}
