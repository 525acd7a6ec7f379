import EngageLanguage
import EngageMeasures
import EngageModel
import EngageRules

/// The rows and links several pages share, written for one page (`links`): process and measure
/// table rows, diagnostics, and links to model elements.
struct PageRows {
  let site: SiteModel
  let links: PageLinks

  // MARK: Links

  func processLink(_ id: String) -> Any {
    guard let process = site.process(id) else { return Absent() }
    return TemplateValue.link(links.process(id), process.title)
  }

  func megaprocessLink(_ id: String?) -> Any {
    guard let id, let megaprocess = site.megaprocess(id) else { return Absent() }
    return TemplateValue.link(links.megaprocess(id), megaprocess.title)
  }

  func roleLink(_ id: String?) -> Any {
    guard let id, let role = site.role(id) else { return Absent() }
    return TemplateValue.link(links.role(id), role.title)
  }

  func clientLink(_ id: String?) -> Any {
    guard let id, let client = site.client(id) else { return Absent() }
    return TemplateValue.link(links.client(id), client.title)
  }

  func goalLinks(_ ids: [String]) -> [[String: Any]] {
    ids.compactMap { id in site.goal(id).map { TemplateValue.link(links.goal(id), $0.title) } }
  }

  // MARK: Maps

  /// `{label, caption, svg}` for the map of view document `documentPath`, its ids prefixed with
  /// `idPrefix` and its links rebased to this page; `Absent` when it was not rendered.
  func map(_ documentPath: String, label: String, caption: String, idPrefix: String = "map-") -> Any {
    guard let bytes = site.maps[documentPath] else { return Absent() }
    let svg = InlineMap.svg(
      bytes, idPrefix: idPrefix, renderedFor: SitePath.directory(of: documentPath),
      shownIn: SitePath.directory(of: links.page))
    return ["label": label, "caption": caption, "svg": svg]
  }

  // MARK: Processes

  /// A row of the process table.
  func processRow(_ process: Process) -> [String: Any] {
    [
      "href": links.process(process.id), "title": process.title, "id": process.id,
      "purpose": TemplateValue.maybe(process.purpose), "kind": TemplateValue.maybe(process.kind?.rawValue),
      "owner": roleLink(process.owner), "engagement": TemplateValue.maybe(process.engagement?.rawValue),
      "steps": String(process.nodes.count { $0.kind == .step || $0.kind == .decision }),
      "measures": String(process.measures.count),
      "status": TemplateValue.status(site.snapshot?.processes[process.id]),
    ]
  }

  // MARK: Measures

  /// A row of the measures table, its anchor prefixed with `anchorPrefix`.
  func measureRow(_ measure: Measure, anchorPrefix: String = "") -> [String: Any] {
    var row: [String: Any] = [
      "anchor": anchorPrefix + Anchor.measure(measure.id), "id": measure.id, "title": measure.title,
      "description": TemplateValue.maybe(measure.description), "source": TemplateValue.maybe(measure.source),
      "place": place(of: measure),
      "type": measure.type?.rawValue ?? ReportText.missing, "unit": measure.unit?.rawValue ?? ReportText.missing,
      "target": ReportText.threshold(measure.target, unit: measure.unit, style: .typographic),
      "warning": ReportText.threshold(measure.warning, unit: measure.unit, style: .typographic),
      "frequency": measure.frequency.map { TemplateValue.word($0.rawValue) } ?? ReportText.missing,
      "owner": roleLink(measure.owner), "patientDefined": measure.patientDefined ? "yes" : "no",
    ]
    let result = site.result(measure.id)
    let status = result?.status ?? .noData
    row["status"] = status.labelWithSymbol
    row["statusClass"] = StatusClass.name(status)
    row["value"] = ReportText.value(result?.value, unit: measure.unit)
    row["valuePeriod"] = TemplateValue.maybe(result?.valuePeriod?.description)
    row["trend"] = ReportText.trend(result?.trend)
    row["chart"] = result.map(TrendChart.svg) ?? ""
    return row
  }

  /// `{href, title, kind}` of where a measure is declared.
  func place(of measure: Measure) -> Any {
    switch measure.scope {
    case .process(let id):
      guard let process = site.process(id) else { return Absent() }
      return ["href": links.process(id), "title": process.title, "kind": "process"]
    case .megaprocess(let id):
      guard let megaprocess = site.megaprocess(id) else { return Absent() }
      return ["href": links.megaprocess(id), "title": megaprocess.title, "kind": "mega-process"]
    case .relation(let id):
      guard let relation = site.relation(id) else { return Absent() }
      return ["href": links.relation(id), "title": relation.title, "kind": "relation"]
    }
  }

  /// The page a measure's row is on: its process's or mega-process's page, or the measures page
  /// for a relation's measure.
  func measureHref(_ measure: Measure) -> String {
    switch measure.scope {
    case .process(let id) where site.process(id) != nil: links.process(id, anchor: Anchor.measure(measure.id))
    case .megaprocess(let id) where site.megaprocess(id) != nil:
      links.href(SitePath.megaprocess(id) + "#" + Anchor.measure(measure.id))
    default: links.href(SitePath.measures + "#" + Anchor.measure(measure.id))
    }
  }

  // MARK: Diagnostics

  /// A diagnostic as the diagnostics list shows it, with the process it lies in when
  /// `showingProcess`.
  func diagnosticItem(_ diagnostic: Diagnostic, anchor: String, showingProcess: Bool) -> [String: Any] {
    Self.diagnosticItem(
      diagnostic, anchor: anchor, links: links, locatedIn: showingProcess ? site.process(locating: diagnostic) : nil)
  }

  /// A diagnostic as the diagnostics list shows it: severity, location, code (linked to its
  /// explanation), message, the source line and notes `check` prints, and the process it lies
  /// in, if given.
  static func diagnosticItem(
    _ diagnostic: Diagnostic, anchor: String, links: PageLinks, locatedIn process: Process?
  ) -> [String: Any] {
    // What `check` prints after the header line, which the item shows above it: the source
    // line with its caret, then the notes and fix-its.
    var lines = DiagnosticTextFormatter(colour: false).format([diagnostic]).split(separator: "\n", omittingEmptySubsequences: false)
    while lines.last?.isEmpty == true { lines.removeLast() }
    let text = lines.dropFirst().joined(separator: "\n")
    return [
      "anchor": anchor, "severity": diagnostic.severity.rawValue,
      "location": TemplateValue.maybe(diagnostic.range.map { "\($0)" }), "code": diagnostic.code.rawValue,
      "codeHref": TemplateValue.maybe(RulesPage.explains(diagnostic.code) ? links.rule(diagnostic.code.rawValue) : nil),
      "message": ProseMarkup.html(diagnostic.message), "text": TemplateValue.maybe(text.isEmpty ? nil : text),
      "process": process.map { TemplateValue.link(links.process($0.id), $0.title) } ?? Absent(),
    ]
  }

  /// `2 errors, 1 warning`, or `no diagnostics`.
  static func summary(of diagnostics: [Diagnostic]) -> String {
    var parts: [String] = []
    let errors = diagnostics.count { $0.severity == .error }
    let warnings = diagnostics.count { $0.severity == .warning }
    let infos = diagnostics.count { $0.severity == .info }
    if errors > 0 { parts.append(TemplateValue.counted(errors, "error")) }
    if warnings > 0 { parts.append(TemplateValue.counted(warnings, "warning")) }
    if infos > 0 { parts.append("\(infos) info") }
    return parts.isEmpty ? "no diagnostics" : parts.joined(separator: ", ")
  }
}
