/// Any node of the syntax tree: it knows the source range it was parsed from.
public protocol SyntaxNode: Sendable {
  var range: SourceRange { get }
}

/// An identifier as written, with its range.
public struct Identifier: SyntaxNode, Hashable {
  public let name: String
  public let range: SourceRange
  public init(name: String, range: SourceRange) {
    self.name = name
    self.range = range
  }
}

/// A string literal's decoded value (escapes applied) and its range, quotes included.
public struct StringLiteral: SyntaxNode, Hashable {
  public let value: String
  public let isMultiline: Bool
  public let range: SourceRange
  public init(value: String, isMultiline: Bool = false, range: SourceRange) {
    self.value = value
    self.isMultiline = isMultiline
    self.range = range
  }
}

/// A reference by id: `planning` or `planning.plan` (a process's step, input or output).
public struct Reference: SyntaxNode, Hashable, CustomStringConvertible {
  /// One part for a top-level id, two for `process.member`.
  public let parts: [Identifier]
  public let range: SourceRange
  public init(parts: [Identifier], range: SourceRange) {
    self.parts = parts
    self.range = range
  }
  public var description: String { parts.map(\.name).joined(separator: ".") }
}

/// A value from a closed vocabulary, with the range it was written at.
public struct Word<Value: Vocabulary>: SyntaxNode, Hashable {
  public let value: Value
  public let range: SourceRange
  public init(value: Value, range: SourceRange) {
    self.value = value
    self.range = range
  }
}

/// A property as written: its keyword's range, its value, and the range of the whole line.
public struct Property<Value: Sendable & Hashable>: SyntaxNode, Hashable {
  public let keyword: Identifier
  public let value: Value
  public let range: SourceRange
  public init(keyword: Identifier, value: Value, range: SourceRange) {
    self.keyword = keyword
    self.value = value
    self.range = range
  }
}

/// A number literal (integer or decimal, optionally negative).
public struct NumberLiteral: SyntaxNode, Hashable {
  public let value: Double
  public let text: String
  public let range: SourceRange
  public init(value: Double, text: String, range: SourceRange) {
    self.value = value
    self.text = text
    self.range = range
  }
}

/// A comment, kept so that tools can preserve it.
public struct Comment: SyntaxNode, Hashable {
  public let text: String
  public let range: SourceRange
  public init(text: String, range: SourceRange) {
    self.text = text
    self.range = range
  }
}
