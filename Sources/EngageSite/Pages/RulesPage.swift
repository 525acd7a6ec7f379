import EngageLanguage
import EngageMeasures
import EngageModel
import EngageRules

/// `rules.html`: every code `check` and the measure-data reader report, anchored by code
/// (`rules.html#EM0105`) so that each diagnostic links to its explanation: the rules with their
/// explanation, source and examples (and the severity this model's `settings` give them), the
/// language codes and the measure-data codes.
enum RulesPage {
  /// Every code the page explains.
  static let codes: Set<DiagnosticCode> = Set(
    RuleRegistry.all.map(\.descriptor.code) + LanguageCatalogue.entries.map(\.code)
      + MeasureDataCatalogue.family.entries.map(\.code))

  /// Whether the page has an anchor for `code`.
  static func explains(_ code: DiagnosticCode) -> Bool { codes.contains(code) }

  static func make(settings: [RuleSetting]) -> SitePage {
    var configured: [DiagnosticCode: String] = [:]
    for setting in settings {
      if let rule = RuleRegistry.rule(named: setting.rule.name) {
        configured[rule.descriptor.code] = setting.severity.value.rawValue
      }
    }
    let data = MeasureDataCatalogue.family
    let groups: [[String: Any]] = RuleCatalogue.groups.map { group in
      var entries: [[String: Any]] = []
      var explanation: String?
      switch group.name {
      case "language":
        explanation = LanguageCatalogue.explanation
        entries = LanguageCatalogue.entries.map { entry in
          [
            "code": entry.code.rawValue, "name": entry.name, "severity": "error", "title": ProseMarkup.html(entry.title),
            "detail": Absent(),
          ]
        }
      case "data":
        explanation = data.explanation
        entries = data.entries.map { entry in
          [
            "code": entry.code.rawValue, "name": entry.name, "severity": entry.severity.rawValue,
            "title": ProseMarkup.html(entry.title),
            "detail": TemplateValue.maybe(entry.detail == entry.title ? nil : ProseMarkup.html(entry.detail)),
          ]
        }
      default:
        break
      }
      let rules: [[String: Any]] = RuleRegistry.all.filter { RuleCatalogue.group(of: $0.descriptor.code) == group }.map {
        let descriptor = $0.descriptor
        return [
          "code": descriptor.code.rawValue, "title": ProseMarkup.html(descriptor.title), "name": descriptor.name,
          "severity": descriptor.defaultSeverity.rawValue,
          "setting": TemplateValue.maybe(configured[descriptor.code]),
          "explanation": ProseMarkup.html(descriptor.explanation), "source": ProseMarkup.html(descriptor.source),
          "violating": descriptor.violatingExample, "fixed": descriptor.fixedExample,
        ]
      }
      return [
        "anchor": "group-" + group.name, "prefix": group.prefix, "title": group.title,
        "explanation": TemplateValue.maybe(explanation.map(ProseMarkup.html)), "hasEntries": !entries.isEmpty, "entries": entries, "rules": rules,
      ]
    }
    return SitePage(
      path: SitePath.rules, title: "Rules", section: nil, template: "rules",
      context: [
        "groups": groups, "hasSettings": !configured.isEmpty,
        "settingCount": TemplateValue.counted(configured.count, "rule"),
      ])
  }
}
