/// Links written on one page: targets given from the site's root, made relative to the page.
struct PageLinks {
  /// The page's own path (`process/intake.html`).
  let page: String

  /// `../` per directory level of the page.
  var root: String { SitePath.root(of: page) }

  /// A site path (and fragment) as linked from this page.
  func href(_ target: String) -> String { root + target }

  func process(_ id: String, anchor: String? = nil) -> String { href(SitePath.process(id) + fragment(anchor)) }
  func megaprocess(_ id: String) -> String { href(SitePath.megaprocess(id)) }
  func role(_ id: String) -> String { href(SitePath.role(id)) }
  func client(_ id: String) -> String { href(SitePath.clients + "#" + Anchor.client(id)) }
  func goal(_ id: String) -> String { href(SitePath.home + "#" + Anchor.goal(id)) }
  func relation(_ id: String) -> String { href(SitePath.relations + "#" + Anchor.relation(id)) }
  func rule(_ code: String) -> String { href(SitePath.rules + "#" + code) }

  private func fragment(_ anchor: String?) -> String { anchor.map { "#" + $0 } ?? "" }
}

/// The ids of elements other pages link to. Model ids hold only ASCII letters, digits and `_`,
/// so `kind-id` ids never collide across kinds; a map's SVG ids all start with `map-`, which no
/// page id does.
enum Anchor {
  static func client(_ id: String) -> String { "client-" + id }
  static func goal(_ id: String) -> String { "goal-" + id }
  static func relation(_ id: String) -> String { "relation-" + id }
  static func measure(_ id: String) -> String { "measure-" + id }
  static func step(_ id: String) -> String { "step-" + id }
  static func input(_ id: String) -> String { "input-" + id }
  static func output(_ id: String) -> String { "output-" + id }
}
