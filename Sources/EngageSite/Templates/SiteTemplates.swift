import Mustache

/// The site's templates, parsed once (after `MarkupContentType` is registered, which their
/// pragma names) into one library so that pages can include the partials. Parsing is the only
/// shared state, done once, safely, on first use; rendering is pure and thread-safe.
enum SiteTemplates {
  /// Every template by name: the layout, the pages, the partials.
  static let sources: [String: String] = [
    "layout": LayoutTemplate.text,
    "home": PageTemplates.home,
    "processes": PageTemplates.processes,
    "megaprocess": PageTemplates.megaprocess,
    "band": PageTemplates.band,
    "process": PageTemplates.process,
    "print": PageTemplates.print,
    "relations": PageTemplates.relations,
    "engagement": PageTemplates.engagement,
    "roles": PageTemplates.roles,
    "role": PageTemplates.role,
    "declaredMeasures": PageTemplates.declaredMeasures,
    "reportMeasures": PageTemplates.reportMeasures,
    "measureReport": MeasureReportTemplate.body,
    "diagnostics": PageTemplates.diagnostics,
    "errorHome": PageTemplates.errorHome,
    "rules": PageTemplates.rules,
    "clients": PageTemplates.clients,
    "search": PageTemplates.search,
    "mapFigure": PartialTemplates.mapFigure,
    "processTable": PartialTemplates.processTable,
    "measuresTable": PartialTemplates.measuresTable,
    "diagnosticsList": PartialTemplates.diagnosticsList,
    "processBody": PartialTemplates.processBody,
  ]

  /// The parsed library, or the name of the template that does not parse and why.
  static let library: Result<MustacheLibrary, SiteTemplateError> = {
    MarkupContentType.register()
    var library = MustacheLibrary()
    for name in sources.keys.sorted() {
      guard let source = sources[name] else { continue }
      do {
        library.register(try MustacheTemplate(string: source), named: name)
      } catch {
        return .failure(SiteTemplateError(template: name, reason: "\(error)"))
      }
    }
    return .success(library)
  }()

  /// Renders template `name` with `context`.
  static func render(_ name: String, _ context: [String: Any]) throws(SiteTemplateError) -> String {
    let library = try library.get()
    guard let text = library.render(context, withTemplate: name) else {
      throw SiteTemplateError(template: name, reason: "no such template")
    }
    return text
  }
}

/// A site template that does not parse or does not exist: a fault of EngageMap itself, reported
/// as an internal failure rather than a crash.
struct SiteTemplateError: Error, CustomStringConvertible {
  let template: String
  let reason: String

  var description: String { "the site's template '\(template)' cannot be used: \(reason)" }
}
