import EngageLanguage

/// The rule catalogue, in code order.
public enum RuleRegistry {
  /// Every rule. Each group's list lives beside its rules (`Rules/<Group>/<Group>Rules.swift`).
  public static let all: [any Rule] =
    (integrityRules + completenessRules + engagementRules).sorted { $0.descriptor.code < $1.descriptor.code }

  /// Every rule's code and name, for "did you mean" suggestions.
  public static let allCodesAndNames: [String] = all.flatMap { [$0.descriptor.code.rawValue, $0.descriptor.name] }

  /// The rule with a code (`EM0301`) or a name (`two-patient-partners`).
  public static func rule(named codeOrName: String) -> (any Rule)? {
    all.first { $0.descriptor.code.rawValue == codeOrName.uppercased() || $0.descriptor.name == codeOrName }
  }
}
