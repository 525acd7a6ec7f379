/// One HTML page before the layout wraps it: where it goes, its title, which navigation entry it
/// belongs to, and the template and context of its content.
struct SitePage {
  let path: String
  let title: String
  let section: NavigationSection?
  let template: String
  let context: [String: Any]
}

/// The entries of the site's navigation, in order.
enum NavigationSection: String, CaseIterable {
  case home, processes, relations, engagement, roles, measures, diagnostics

  var label: String {
    switch self {
    case .home: "Home"
    case .processes: "Processes"
    case .relations: "Relations"
    case .engagement: "Engagement"
    case .roles: "Roles"
    case .measures: "Measures"
    case .diagnostics: "Diagnostics"
    }
  }

  var path: String {
    switch self {
    case .home: SitePath.home
    case .processes: SitePath.processes
    case .relations: SitePath.relations
    case .engagement: SitePath.engagement
    case .roles: SitePath.roles
    case .measures: SitePath.measures
    case .diagnostics: SitePath.diagnostics
    }
  }
}
