/// The kinds of token the lexer produces.
public enum TokenKind: Sendable, Hashable {
  /// A word: an ASCII letter followed by letters, digits and `_` (keywords, ids, vocabulary).
  /// The lexer also keeps inner hyphens (`goal-served`), which only rule names may use; the
  /// parser reports them anywhere else.
  case identifier
  /// A number: digits with an optional fraction and an optional leading `-`. The lexer also
  /// gives this kind to a malformed number such as `12ab` or `1.2.3`; the parser reports those.
  case number
  /// A `"..."` or `"""..."""` string; its decoded value is in `Token.stringValue`.
  case string
  case leftBrace
  case rightBrace
  case comma
  case dot
  case arrow
  case comparator(Comparator)
  /// The end of a line. Statements are line-oriented.
  case newline
  case endOfFile
}

/// One token: its kind and the byte range it covers, plus the decoded value of a string.
public struct Token: Sendable, Hashable {
  public let kind: TokenKind
  public let start: Int
  public let end: Int
  /// The decoded value of a string token (escapes applied, indentation of a triple-quoted string
  /// removed); `nil` for other kinds.
  public let stringValue: String?
  /// Whether a string token was written with triple quotes.
  public let isMultiline: Bool

  public init(kind: TokenKind, start: Int, end: Int, stringValue: String? = nil, isMultiline: Bool = false) {
    self.kind = kind
    self.start = start
    self.end = end
    self.stringValue = stringValue
    self.isMultiline = isMultiline
  }
}
