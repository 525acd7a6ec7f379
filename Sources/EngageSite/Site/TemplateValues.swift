import EngageMeasures
import Mustache

/// A value a template tests or prints that is not there: it prints as nothing, is false for
/// `{{#name}}` and true for `{{^name}}`, and, unlike a missing key or `nil`, stops Mustache from
/// looking the name up in the enclosing contexts (where a page's own `description` would stand
/// in for a step's missing one).
struct Absent: MustacheCustomRenderable {
  var renderText: String { "" }
  var isNull: Bool { true }
}

/// Values as templates take them.
enum TemplateValue {
  /// `value`, or `Absent` when there is none.
  static func maybe(_ value: Any?) -> Any { value ?? Absent() }

  /// `{label, statusClass}` for a status badge, or `Absent`.
  static func status(_ status: MeasureStatus?, period: String? = nil) -> Any {
    guard let status else { return Absent() }
    return ["label": status.labelWithSymbol, "statusClass": StatusClass.name(status), "period": maybe(period)]
  }

  /// `{href, title}` for a link.
  static func link(_ href: String, _ title: String) -> [String: Any] { ["href": href, "title": title] }

  /// A vocabulary word as people read it: `patient_partner` → `patient partner`.
  static func word(_ raw: String) -> String { raw.replacingOccurrences(of: "_", with: " ") }

  /// `1 step`, `3 steps`.
  static func counted(_ count: Int, _ singular: String, plural: String? = nil) -> String {
    "\(count) \(count == 1 ? singular : (plural ?? singular + "s"))"
  }
}
