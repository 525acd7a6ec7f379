import EngageModel
/// The site's page paths, relative to its root, and links between them.
///
/// The paths match the links the views put on the maps when rendered with `linkExtension:
/// "html"`: the landscape's process nodes link to `process/<id>.html`, its mega-process clusters
/// to `megaprocess/<id>.html`, a mega-process map's nodes to `../process/<id>.html`, a process
/// map's hand-overs and suppliers to `<id>.html` beside it; so the landscape is the home page
/// (`index.html`, at the root like the relations, measures and engagement pages).
enum SitePath {
  static let home = "index.html"
  static let processes = "processes.html"
  static let relations = "relations.html"
  static let engagement = "engagement.html"
  static let roles = "roles.html"
  static let measures = "measures.html"
  static let diagnostics = "diagnostics.html"
  static let rules = "rules.html"
  static let clients = "clients.html"
  static let search = "search.html"
  static let print = "print.html"
  static let styleSheet = "assets/site.css"
  static let script = "assets/site.js"
  static let searchIndex = "assets/search-index.js"

  static func process(_ id: String) -> String { "process/\(id).html" }
  static func megaprocess(_ id: String) -> String { "megaprocess/\(id).html" }
  static func role(_ id: String) -> String { "role/\(id).html" }

  /// The page a view document (`landscape`, `process/<id>`, `megaprocess/<id>`, `relations`,
  /// ...) is shown on.
  static func page(ofDocument documentPath: String) -> String {
    documentPath == "landscape" ? home : documentPath + ".html"
  }

  /// What leads from a page at `path` back to the root: `""` or `"../"`.
  static func root(of path: String) -> String {
    String(repeating: "../", count: path.count { $0 == "/" })
  }

  /// The directory of a path (`process` for `process/x.html`, empty at the root).
  static func directory(of path: String) -> String {
    guard let slash = path.lastIndex(of: "/") else { return "" }
    return String(path[..<slash])
  }

  /// `path` with `.` and `..` components resolved (a `..` above the root is dropped), relative.
  static func normalised(_ path: String) -> String {
    String(ModelPath.normalise(path).dropFirst())
  }

  /// Whether a link is relative to the page it is on: no scheme, not absolute, not
  /// protocol-relative, not a bare fragment.
  static func isRelativeLink(_ link: String) -> Bool {
    guard !link.isEmpty, !link.hasPrefix("/"), !link.hasPrefix("#") else { return false }
    let beforePath = link.prefix { $0 != "/" && $0 != "?" && $0 != "#" }
    return !beforePath.contains(":")
  }

  /// A link written on a page in `fromDirectory` that meant `link` relative to `toDirectory`:
  /// `disclosure.html` from `process` is `process/disclosure.html` at the root.
  static func rebase(_ link: String, writtenIn sourceDirectory: String, shownIn pageDirectory: String) -> String {
    guard sourceDirectory != pageDirectory, isRelativeLink(link) else { return link }
    let suffixStart = link.firstIndex { $0 == "?" || $0 == "#" } ?? link.endIndex
    let target = normalised(sourceDirectory.isEmpty ? String(link[..<suffixStart]) : sourceDirectory + "/" + link[..<suffixStart])
    let up = String(repeating: "../", count: pageDirectory.split(separator: "/").count)
    return up + target + link[suffixStart...]
  }
}
