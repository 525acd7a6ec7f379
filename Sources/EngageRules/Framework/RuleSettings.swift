import EngageLanguage
import EngageModel

/// A model's `settings { rule CODE|name error|warning|info|off }` applied to the catalogue: the
/// effective severity of every rule, and an `EM0015` error for each setting that names no
/// configurable rule or sets a rule that an earlier setting (in any `settings` block) already set.
public struct RuleSettings: Sendable {
  /// Overridden severities by rule code; `nil` means `off`. The first setting of a rule counts;
  /// a later one is an error.
  private var overrides: [DiagnosticCode: Severity?] = [:]
  /// The first setting of each rule, to point at when it is set again.
  private var firstSettings: [DiagnosticCode: RuleSetting] = [:]
  /// Errors about the settings themselves.
  public private(set) var diagnostics: [Diagnostic] = []

  public init(_ settings: [RuleSetting]) {
    for setting in settings {
      let name = setting.rule.name
      if let message = Self.notConfigurable(name) {
        diagnostics.append(Diagnostic(LanguageCode.unknownRule, .error, message, at: setting.rule.range))
        continue
      }
      guard let rule = RuleRegistry.rule(named: name) else {
        let suggestion = Suggestions.closest(to: RuleRegistry.kebabCase(name), among: RuleRegistry.allCodesAndNames)
          .map { name.contains("_") ? String($0.map { $0 == "-" ? "_" : $0 }) : $0 }
        let fixIts = suggestion.map { [FixIt("replace with '\($0)'", range: setting.rule.range, replacement: $0)] } ?? []
        diagnostics.append(
          Diagnostic(
            LanguageCode.unknownRule, .error, Self.unknownRule(name, suggestion: suggestion),
            at: setting.rule.range, fixIts: fixIts))
        continue
      }
      let code = rule.descriptor.code
      if let first = firstSettings[code] {
        diagnostics.append(
          Diagnostic(
            LanguageCode.unknownRule, .error, Self.alreadySet(setting.rule.name, code: code, first: first),
            at: setting.rule.range,
            notes: [DiagnosticNote("\(code) is first set to '\(first.severity.value.rawValue)' here", at: first.rule.range)]))
        continue
      }
      firstSettings[code] = setting
      overrides[code] = Self.severity(setting.severity.value)
    }
  }

  /// The severity a rule's findings get, or `nil` when the rule is off.
  public func severity(of descriptor: RuleDescriptor) -> Severity? {
    if let override = overrides[descriptor.code] { return override }
    return descriptor.defaultSeverity
  }

  private static func severity(_ setting: SeveritySetting) -> Severity? {
    switch setting {
    case .error: .error
    case .warning: .warning
    case .info: .info
    case .off: nil
    }
  }

  static func unknownRule(_ name: String, suggestion: String?) -> String {
    let hint = suggestion.map { "; did you mean '\($0)'?" } ?? "; `engagemap rules` lists the rules"
    return "unknown rule '\(name)' in settings\(hint)"
  }

  static func alreadySet(_ name: String, code: DiagnosticCode, first: RuleSetting) -> String {
    let rule = name.uppercased() == code.rawValue ? "rule \(code)" : "rule '\(name)' (\(code))"
    let place = "\(first.rule.range.file.path):\(first.rule.range.startLocation.line)"
    return "\(rule) is already set to '\(first.severity.value.rawValue)' at \(place); set each rule once"
  }

  /// Why a code of a group no rule belongs to (language `EM00xx`, measure data `EM04xx`) cannot
  /// be suppressed with `allow`; `nil` for any other name.
  static func notSuppressible(_ name: String) -> String? {
    switch RuleCatalogue.group(of: DiagnosticCode(name.uppercased())).name {
    case "language":
      "'\(name)' is a language diagnostic (EM00xx): those cannot be suppressed; correct the model instead"
    case "data":
      "'\(name)' is a measure-data diagnostic (EM04xx) about a data file, not the model: it cannot be suppressed with allow"
    default:
      nil
    }
  }

  /// Why a code of a group no rule belongs to (language `EM00xx`, measure data `EM04xx`) cannot
  /// be set; `nil` for any other name.
  static func notConfigurable(_ name: String) -> String? {
    switch RuleCatalogue.group(of: DiagnosticCode(name.uppercased())).name {
    case "language":
      "'\(name)' is a language diagnostic (EM00xx): those cannot be configured"
    case "data":
      "'\(name)' is a measure-data diagnostic (EM04xx) about a data file, not the model: it cannot be configured in settings"
    default:
      nil
    }
  }
}
