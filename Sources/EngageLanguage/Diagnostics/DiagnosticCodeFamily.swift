/// A family of diagnostic codes that no rule produces and `settings` cannot configure, as the
/// module that reports them describes them (the measure-data codes `EM04xx` are EngageMeasures').
/// The rule catalogue (`engagemap rules`, `engagemap explain`, `docs/RULES.md`) lists them
/// beside the rules without depending on that module.
public struct DiagnosticCodeFamily: Sendable {
  /// One code: a kebab-case name, the severity it is reported with, a one-line title and what it
  /// means and how to fix it.
  public struct Entry: Sendable, Hashable {
    public let code: DiagnosticCode
    public let name: String
    public let severity: Severity
    public let title: String
    public let detail: String

    public init(code: DiagnosticCode, name: String, severity: Severity, title: String, detail: String) {
      self.code = code
      self.name = name
      self.severity = severity
      self.title = title
      self.detail = detail
    }
  }

  /// Every code, in code order.
  public let entries: [Entry]
  /// What the family is about, for the catalogue's section and `explain` pages.
  public let explanation: String

  public init(entries: [Entry], explanation: String) {
    self.entries = entries
    self.explanation = explanation
  }

  /// The entry for a code (`EM0401`, any case) or a name (`unknown-measure`).
  public func entry(_ codeOrName: String) -> Entry? {
    let code = codeOrName.uppercased()
    return entries.first { $0.code.rawValue == code || $0.name == codeOrName }
  }

  /// The range of codes, e.g. `EM0401–EM0408`; empty for an empty family.
  public var codeSpan: String {
    guard let first = entries.first, let last = entries.last else { return "" }
    return "\(first.code.rawValue)–\(last.code.rawValue)"
  }
}
