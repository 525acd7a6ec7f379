import EngageLanguage

/// The rule catalogue, in code order.
public enum RuleRegistry {
  /// Every rule. Each group's list lives beside its rules (`Rules/<Group>/<Group>Rules.swift`).
  public static let all: [any Rule] =
    (integrityRules + completenessRules + engagementRules).sorted { $0.descriptor.code < $1.descriptor.code }

  /// Every rule's code and name, for "did you mean" suggestions.
  public static let allCodesAndNames: [String] = all.flatMap { [$0.descriptor.code.rawValue, $0.descriptor.name] }

  /// The rule with a code (`EM0301`) or a name (`two-patient-partners`, also written with
  /// underscores, `two_patient_partners`, as identifiers in `settings` are).
  public static func rule(named codeOrName: String) -> (any Rule)? {
    let code = codeOrName.uppercased()
    let name = kebabCase(codeOrName)
    return all.first { $0.descriptor.code.rawValue == code || $0.descriptor.name == name }
  }

  /// A name with its underscores written as hyphens.
  static func kebabCase(_ name: String) -> String {
    String(name.map { $0 == "_" ? "-" : $0 })
  }
}
