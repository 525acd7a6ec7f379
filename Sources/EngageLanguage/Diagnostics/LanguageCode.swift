/// The codes of the language and reference diagnostics (`EM00xx`). They cannot be configured
/// with `settings` nor suppressed with `allow`; all are errors except `unusedAllow`, a warning.
public enum LanguageCode {
  /// An unexpected or missing token.
  public static let syntax: DiagnosticCode = "EM0001"
  /// A string literal with no closing quote.
  public static let unterminatedString: DiagnosticCode = "EM0002"
  /// Bytes that are not part of the language: stray characters, invalid UTF-8, NUL.
  public static let invalidCharacter: DiagnosticCode = "EM0003"
  /// A keyword or property that does not exist where it stands.
  public static let unknownKeyword: DiagnosticCode = "EM0004"
  /// A value a property does not accept (unknown unit, tag, level, role kind, malformed number).
  public static let invalidValue: DiagnosticCode = "EM0005"
  /// An id declared twice in the same namespace.
  public static let duplicateID: DiagnosticCode = "EM0006"
  /// A reference to an id that is not declared.
  public static let unknownReference: DiagnosticCode = "EM0007"
  /// A reference to an element of the wrong kind (a role where a process is needed).
  public static let wrongKind: DiagnosticCode = "EM0008"
  /// An included file that does not exist or cannot be read.
  public static let includeMissing: DiagnosticCode = "EM0009"
  /// A file that includes itself, directly or through others.
  public static let includeCycle: DiagnosticCode = "EM0010"
  /// An include path that leaves the model's root directory.
  public static let includeOutsideRoot: DiagnosticCode = "EM0011"
  /// A property given twice in one block where only one is allowed.
  public static let duplicateProperty: DiagnosticCode = "EM0012"
  /// Blocks nested deeper than the parser accepts.
  public static let nestingTooDeep: DiagnosticCode = "EM0013"
  /// A model path that cannot be read, or a directory with no `.engage` files.
  public static let unreadableModel: DiagnosticCode = "EM0014"
  /// A `settings` entry or an `allow` naming a rule that does not exist (or a code no rule
  /// produces), or a severity that does not exist.
  public static let unknownRule: DiagnosticCode = "EM0015"
  /// An `allow` that suppresses no finding (a warning).
  public static let unusedAllow: DiagnosticCode = "EM0016"
}
