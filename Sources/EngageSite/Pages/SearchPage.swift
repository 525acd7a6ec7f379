/// `search.html`: the search box and its results; `search.html?q=words` opens with a search.
enum SearchPage {
  static func make() -> SitePage {
    SitePage(path: SitePath.search, title: "Search", section: nil, template: "search", context: [:])
  }
}
