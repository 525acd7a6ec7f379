/// A closed set of words a property accepts; parsing an unknown word yields a "did you mean"
/// suggestion drawn from `allCases` and `otherSpellings`.
public protocol Vocabulary: RawRepresentable, CaseIterable, Sendable, Hashable, Codable
where RawValue == String {
  /// The value a word written in a model stands for: its raw value, or another spelling the
  /// vocabulary accepts for it (`day` for `days`).
  init?(spelling: String)
  /// Spellings accepted besides the raw values, which messages do not list.
  static var otherSpellings: [String] { get }
}

extension Vocabulary {
  public init?(spelling: String) { self.init(rawValue: spelling) }
  public static var otherSpellings: [String] { [] }
}

/// Whether a process delivers value to an external client, serves internal clients, or steers.
public enum ProcessKind: String, Vocabulary { case main, support, management }

/// Who a role is, for engagement rules and swimlane colours.
public enum RoleKind: String, Vocabulary {
  case patient, family, patient_partner, clinician, staff, facilitator, manager, external

  /// Patients, families and patient partners: the people whose engagement the model is about.
  public var isPatientSide: Bool { self == .patient || self == .family || self == .patient_partner }
}

/// Whether a client receives value from outside the organisation or inside it.
public enum ClientKind: String, Vocabulary { case external, `internal` }

/// The IAP2 spectrum of public participation, in increasing order of influence.
public enum EngagementLevel: String, Vocabulary, Comparable {
  case inform, consult, involve, collaborate, empower

  public var rank: Int { Self.allCases.firstIndex(of: self) ?? 0 }
  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}

/// The level of the organisation at which engagement happens (Carman et al. 2013).
public enum OrganisationLevel: String, Vocabulary { case direct_care, organisation, policy }

/// Donabedian's structure–process–outcome classification of a measure.
public enum MeasureType: String, Vocabulary { case structure, process, outcome }

/// The unit a measure's values are expressed in.
public enum MeasureUnit: String, Vocabulary {
  case percent, count, days, hours, minutes, ratio, score, currency
}

/// How often a measure is taken.
public enum Frequency: String, Vocabulary { case weekly, monthly, quarterly, yearly, per_activity }

/// Which way a measure improves.
public enum Direction: String, Vocabulary { case up, down }

/// What a process or step is for, from the controlled vocabulary the engagement rules use.
public enum Tag: String, Vocabulary {
  case incident, disclosure, concern_reporting, codesign, committee, feedback, evaluation
  case partner_support, recruitment
}

/// The kind of node a step declaration makes in a process map.
public enum StepKind: String, Vocabulary { case start, step, decision, end }

/// The unit of a step's duration. A model writes it in the plural (`72 hours`) or in the
/// singular (`1 hour`), which stands for the same unit; the syntax tree, the graph and the
/// export hold the plural. A month is 30 days wherever durations are converted.
public enum DurationUnit: String, Vocabulary {
  case minutes, hours, days, weeks, months

  public init?(spelling: String) {
    if let plural = Self(rawValue: spelling) {
      self = plural
    } else if let singular = Self.allCases.first(where: { $0.singular == spelling }) {
      self = singular
    } else {
      return nil
    }
  }

  public static var otherSpellings: [String] { allCases.map(\.singular) }

  /// The singular spelling: `minute`, `hour`, `day`, `week`, `month`.
  public var singular: String { String(rawValue.dropLast()) }

  /// How many minutes one unit is: a day is 1,440 minutes, a week 7 days, a month 30 days.
  public var lengthInMinutes: Double {
    switch self {
    case .minutes: 1
    case .hours: 60
    case .days: 1_440
    case .weeks: 10_080
    case .months: 43_200
    }
  }
}

/// A comparison in a measure's target or warning.
public enum Comparator: String, Sendable, Hashable, Codable, CaseIterable {
  case greaterOrEqual = ">="
  case lessOrEqual = "<="
  case greater = ">"
  case less = "<"
  case equal = "="
}

/// A rule severity as `settings` writes it.
public enum SeveritySetting: String, Vocabulary { case error, warning, info, off }
