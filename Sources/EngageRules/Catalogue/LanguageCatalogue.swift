import EngageLanguage

/// The language and reference diagnostics (`EM00xx`) as catalogue entries: never configurable
/// with `settings` nor suppressible with `allow`; errors, except the unused-`allow` warning.
public enum LanguageCatalogue {
  /// One language diagnostic code with a short name, title and the severity it is reported with.
  public struct Entry: Sendable {
    public let code: DiagnosticCode
    public let name: String
    public let title: String
    public let severity: Severity

    init(code: DiagnosticCode, name: String, title: String, severity: Severity = .error) {
      self.code = code
      self.name = name
      self.title = title
      self.severity = severity
    }
  }

  /// Every language code, in code order.
  public static let entries: [Entry] = [
    Entry(code: LanguageCode.syntax, name: "syntax", title: "An unexpected or missing token"),
    Entry(code: LanguageCode.unterminatedString, name: "unterminated-string", title: "A string literal with no closing quote"),
    Entry(code: LanguageCode.invalidCharacter, name: "invalid-character", title: "Bytes that are not part of the language: stray characters, invalid UTF-8, NUL"),
    Entry(code: LanguageCode.unknownKeyword, name: "unknown-keyword", title: "A keyword or property that does not exist where it stands"),
    Entry(code: LanguageCode.invalidValue, name: "invalid-value", title: "A value a property does not accept (unknown unit, tag, level, role kind, malformed number)"),
    Entry(code: LanguageCode.duplicateID, name: "duplicate-id", title: "An id declared twice in the same namespace"),
    Entry(code: LanguageCode.unknownReference, name: "unknown-reference", title: "A reference to an id that is not declared"),
    Entry(code: LanguageCode.wrongKind, name: "wrong-kind", title: "A reference to an element of the wrong kind (a role where a process is needed)"),
    Entry(code: LanguageCode.includeMissing, name: "include-missing", title: "An included file that does not exist or cannot be read"),
    Entry(code: LanguageCode.includeCycle, name: "include-cycle", title: "A file that includes itself, directly or through others"),
    Entry(code: LanguageCode.includeOutsideRoot, name: "include-outside-root", title: "An include path that leaves the model's root directory"),
    Entry(code: LanguageCode.duplicateProperty, name: "duplicate-property", title: "A property given twice in one block where only one is allowed, a role named twice in one `by` list, or one rule allowed twice in one element"),
    Entry(code: LanguageCode.nestingTooDeep, name: "nesting-too-deep", title: "Blocks nested deeper than the parser accepts"),
    Entry(code: LanguageCode.unreadableModel, name: "unreadable-model", title: "A model path that cannot be read, or a directory with no .engage files"),
    Entry(code: LanguageCode.unknownRule, name: "unknown-rule", title: "A settings entry or allow naming a rule that does not exist or cannot be configured or suppressed, or setting a rule set before"),
    Entry(code: LanguageCode.unusedAllow, name: "unused-allow", title: "An allow that suppresses no finding (a warning)", severity: .warning),
  ]

  /// The entry for a code (`EM0007`) or a name.
  public static func entry(_ codeOrName: String) -> Entry? {
    entries.first { $0.code.rawValue == codeOrName.uppercased() || $0.name == codeOrName }
  }

  /// The range of codes, e.g. `EM0001–EM0016`.
  public static var codeSpan: String {
    "\(entries.first?.code.rawValue ?? "EM0001")–\(entries.last?.code.rawValue ?? "EM0001")"
  }

  public static let explanation = """
    Language and reference diagnostics come from reading the model, before any rule runs: the \
    text must parse, every value must come from its vocabulary, every id must be unique and every \
    reference must name an element of the right kind. A model with any of them has no process \
    graph, so the rules cannot check it. They cannot be turned off or down with `settings`, nor \
    suppressed with `allow`. All are errors except EM0016, the warning that an `allow` suppresses \
    nothing. `docs/LANGUAGE.md` is the language reference.
    """
}
