/// How serious a finding is. `info` is reported but never fails a run, even under `--strict`.
public enum Severity: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
  case error
  case warning
  case info

  private var rank: Int {
    switch self {
    case .error: 2
    case .warning: 1
    case .info: 0
    }
  }

  public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

/// A stable diagnostic code such as `EM0102`; language codes are `EM00xx`, rules `EM01xx`–`EM03xx`.
public struct DiagnosticCode: Sendable, Hashable, Comparable, Codable, CustomStringConvertible,
  ExpressibleByStringLiteral
{
  public let rawValue: String

  public init(_ rawValue: String) { self.rawValue = rawValue }
  public init(stringLiteral value: String) { self.rawValue = value }
  public init(from decoder: any Decoder) throws {
    rawValue = try decoder.singleValueContainer().decode(String.self)
  }
  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(rawValue)
  }

  public var description: String { rawValue }
  public static func < (lhs: DiagnosticCode, rhs: DiagnosticCode) -> Bool { lhs.rawValue < rhs.rawValue }
}

/// A secondary message attached to a diagnostic, usually pointing at a related place
/// ("first defined here").
public struct DiagnosticNote: Sendable, Hashable {
  public let message: String
  public let range: SourceRange?

  public init(_ message: String, at range: SourceRange? = nil) {
    self.message = message
    self.range = range
  }
}

/// A suggested edit: replace the text in `range` with `replacement`.
public struct FixIt: Sendable, Hashable {
  public let message: String
  public let range: SourceRange
  public let replacement: String

  public init(_ message: String, range: SourceRange, replacement: String) {
    self.message = message
    self.range = range
    self.replacement = replacement
  }
}

/// Why a finding is suppressed: the reason an `allow` statement gives, and where it stands.
public struct DiagnosticSuppression: Sendable, Hashable {
  public let reason: String
  /// The `allow` statement.
  public let range: SourceRange

  public init(reason: String, range: SourceRange) {
    self.reason = reason
    self.range = range
  }
}

/// One finding about a model: a code, a severity, a message, where it is, related notes and
/// suggested fixes (after swift-syntax's SwiftDiagnostics).
public struct Diagnostic: Sendable, Hashable {
  public var code: DiagnosticCode
  public var severity: Severity
  public var message: String
  public var range: SourceRange?
  public var notes: [DiagnosticNote]
  public var fixIts: [FixIt]
  /// Set when an `allow` in the model suppresses the finding: it is still reported (JSON, SARIF,
  /// `--show-suppressed`) but never fails a run, and text output leaves it out by default.
  public var suppression: DiagnosticSuppression?

  public init(
    _ code: DiagnosticCode, _ severity: Severity = .error, _ message: String,
    at range: SourceRange?, notes: [DiagnosticNote] = [], fixIts: [FixIt] = [],
    suppression: DiagnosticSuppression? = nil
  ) {
    self.code = code
    self.severity = severity
    self.message = message
    self.range = range
    self.notes = notes
    self.fixIts = fixIts
    self.suppression = suppression
  }

  /// Whether an `allow` suppresses the finding.
  public var isSuppressed: Bool { suppression != nil }

  /// Orders diagnostics by file path, then offset, then code, then message: the order of output.
  public static func sortKey(_ lhs: Diagnostic, _ rhs: Diagnostic) -> Bool {
    let lp = lhs.range?.file.path ?? ""
    let rp = rhs.range?.file.path ?? ""
    if lp != rp { return lp < rp }
    let lo = lhs.range?.start ?? -1
    let ro = rhs.range?.start ?? -1
    if lo != ro { return lo < ro }
    if lhs.code != rhs.code { return lhs.code < rhs.code }
    return lhs.message < rhs.message
  }
}

extension Array where Element == Diagnostic {
  /// Whether any diagnostic that is not suppressed is an error.
  public var hasErrors: Bool { contains { $0.severity == .error && !$0.isSuppressed } }

  /// The diagnostics no `allow` suppresses.
  public var unsuppressed: [Diagnostic] { filter { !$0.isSuppressed } }

  /// The diagnostics in output order (see `Diagnostic.sortKey`).
  public func sortedForOutput() -> [Diagnostic] { sorted(by: Diagnostic.sortKey) }
}
