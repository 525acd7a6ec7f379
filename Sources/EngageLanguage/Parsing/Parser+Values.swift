/// The outcome of parsing one value: a value, a wrong value that was consumed and reported, or
/// nothing usable where the value should be (reported, nothing consumed).
enum Parsed<Value> {
  case value(Value)
  case invalid
  case missing

  var value: Value? {
    if case .value(let value) = self { return value }
    return nil
  }
}

extension SyntaxParser {
  // MARK: - Single values

  /// A word from a closed vocabulary: `percent`, `collaborate`.
  mutating func word<V: Vocabulary>(_ type: V.Type, noun: String, after keyword: String) -> Parsed<Word<V>> {
    let token = peek()
    guard token.kind == .identifier else {
      let valid = V.allCases.map(\.rawValue)
      let hint = token.kind == .string ? " (write it without quotes)" : ""
      reportExpected(
        "expected \(article(noun)) \(noun) after '\(keyword)' (\(Keywords.list(valid, conjunction: "or")))\(found(token))\(hint)",
        at: token)
      return .missing
    }
    advance()
    let written = text(token)
    if let value = V(spelling: written) { return .value(Word(value: value, range: range(token))) }
    reportUnknownValue(
      token, written: written, noun: noun, valid: V.allCases.map(\.rawValue), otherSpellings: V.otherSpellings)
    return .invalid
  }

  /// Reports an unknown word with a suggestion (among `valid` and `otherSpellings`) and a
  /// fix-it, or the list of valid words.
  mutating func reportUnknownValue(
    _ token: Token, written: String, noun: String, valid: [String], otherSpellings: [String] = [],
    code: DiagnosticCode = LanguageCode.invalidValue
  ) {
    if let suggestion = Suggestions.closest(to: written, among: valid + otherSpellings) {
      report(
        code, "unknown \(noun) '\(Self.abbreviate(written))'; did you mean '\(suggestion)'?", at: range(token),
        fixIts: [FixIt("replace '\(written)' with '\(suggestion)'", range: range(token), replacement: suggestion)])
    } else {
      report(
        code,
        "unknown \(noun) '\(Self.abbreviate(written))'; expected \(Keywords.list(valid, conjunction: "or"))",
        at: range(token))
    }
  }

  /// `a` or `process.member`.
  mutating func reference(after keyword: String) -> Parsed<Reference> {
    let first = peek()
    guard first.kind == .identifier else {
      reportExpected("expected an id after '\(keyword)'\(found(first))", at: first)
      return .missing
    }
    advance()
    var parts = [plainIdentifier(first)]
    while peekKind() == .dot {
      advance()
      let member = peek()
      guard member.kind == .identifier else {
        reportExpected("expected an id after '.' in a reference such as 'process.output'", at: member)
        return .invalid
      }
      advance()
      parts.append(plainIdentifier(member))
    }
    let reference = Reference(parts: parts, range: range(from: first.start, to: lastEnd))
    guard parts.count <= 2 else {
      report(
        LanguageCode.syntax,
        "'\(reference)' has \(parts.count) parts; a reference is an id or 'process.member'",
        at: reference.range)
      return .invalid
    }
    return .value(reference)
  }

  /// An integer or decimal, optionally negative.
  mutating func number(after keyword: String) -> Parsed<NumberLiteral> {
    let token = peek()
    guard token.kind == .number else {
      reportExpected("expected a number after '\(keyword)'\(found(token))", at: token)
      return .missing
    }
    advance()
    let written = text(token)
    guard Self.isWellFormedNumber(written) else {
      report(
        LanguageCode.invalidValue,
        "'\(Self.abbreviate(written))' is not a number; write digits with an optional decimal part, such as 80 or 2.5",
        at: range(token))
      return .invalid
    }
    guard let value = Self.valueWithinLimit(written) else {
      let negative = written.hasPrefix("-")
      report(
        LanguageCode.invalidValue,
        negative
          ? "'\(Self.abbreviate(written))' is too small; a number may be no less than -1000000000000000 (-10^15)"
          : "'\(Self.abbreviate(written))' is too large; a number may be at most 1000000000000000 (10^15)",
        at: range(token))
      return .invalid
    }
    return .value(NumberLiteral(value: value, text: written, range: range(token)))
  }

  static func isWellFormedNumber(_ text: String) -> Bool {
    var bytes = Substring(text).utf8[...]
    if bytes.first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
    let integer = bytes.prefix { ASCII.isDigit($0) }
    guard !integer.isEmpty else { return false }
    bytes = bytes.dropFirst(integer.count)
    if bytes.isEmpty { return true }
    guard bytes.first == ASCII.dot else { return false }
    bytes = bytes.dropFirst()
    return !bytes.isEmpty && bytes.allSatisfy { ASCII.isDigit($0) }
  }

  /// The value of a well-formed number, or `nil` when its magnitude exceeds
  /// `Parser.maximumNumber`. Integer parts too long to matter are rejected before conversion.
  static func valueWithinLimit(_ text: String) -> Double? {
    let digits = text.utf8.drop { $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: "0") }
    let integerDigits = digits.prefix { ASCII.isDigit($0) }.count
    guard integerDigits <= 16, let value = Double(text), value.isFinite, abs(value) <= Parser.maximumNumber else {
      return nil
    }
    return value
  }

  /// A string literal.
  mutating func string(after keyword: String) -> Parsed<StringLiteral> {
    let token = peek()
    guard token.kind == .string else {
      reportExpected("expected a string in double quotes after '\(keyword)'\(found(token))", at: token)
      return .missing
    }
    advance()
    return .value(stringLiteral(token))
  }

  /// `>= 80`, `< 2.5` or `between 70 and 90`.
  mutating func threshold(after keyword: String) -> Parsed<ThresholdValue> {
    let token = peek()
    switch token.kind {
    case .comparator(let comparator):
      advance()
      let next = peek()
      if case .comparator(let second) = next.kind, next.start == token.end {
        advance()
        let written = comparator.rawValue + second.rawValue
        let meant: String? =
          switch written {
          case "=>": ">="
          case "=<": "<="
          case "==": "="
          default: nil
          }
        let whole = range(from: token.start, to: next.end)
        if let meant {
          report(
            LanguageCode.invalidValue, "unknown comparator '\(written)'; did you mean '\(meant)'?", at: whole,
            fixIts: [FixIt("replace '\(written)' with '\(meant)'", range: whole, replacement: meant)])
        } else {
          report(
            LanguageCode.invalidValue, "unknown comparator '\(written)'; expected >=, <=, >, <, = or 'between'",
            at: whole)
        }
        if peekKind() == .number { _ = number(after: written) }
        return .invalid
      }
      guard let value = number(after: comparator.rawValue).value else { return .invalid }
      return .value(.compare(comparator, value))
    case .identifier where isWord(token, "between"):
      advance()
      guard let low = number(after: "between").value else { return .invalid }
      let and = peek()
      guard isWord(and, "and") else {
        reportExpected("expected 'and' after 'between \(low.text)', as in 'between 70 and 90'", at: and)
        return .invalid
      }
      advance()
      guard let high = number(after: "and").value else { return .invalid }
      guard low.value <= high.value else {
        report(
          LanguageCode.invalidValue,
          "'between \(low.text) and \(high.text)' has its bounds reversed; write 'between \(high.text) and \(low.text)'",
          at: range(from: token.start, to: high.range.end))
        return .invalid
      }
      return .value(.between(low, high))
    case .identifier:
      advance()
      reportUnknownValue(
        token, written: text(token), noun: "comparator", valid: ["between"])
      return .invalid
    case .number:
      reportExpected(
        "'\(keyword)' needs a comparison: write '\(keyword) >= \(text(token))' or '\(keyword) between A and B'",
        at: token, code: LanguageCode.invalidValue)
      advance()
      return .invalid
    default:
      reportExpected(
        "expected a comparison after '\(keyword)' (>=, <=, >, <, = and a number, or 'between A and B')\(found(token))",
        at: token)
      return .missing
    }
  }

  /// `yes` or `no`.
  mutating func yesNo(after keyword: String) -> Parsed<Bool> {
    let token = peek()
    guard token.kind == .identifier else {
      reportExpected("expected 'yes' or 'no' after '\(keyword)'\(found(token))", at: token)
      return .missing
    }
    advance()
    switch text(token) {
    case "yes": return .value(true)
    case "no": return .value(false)
    case let other:
      let meant: String? =
        switch other.lowercased() {
        case "true", "y", "yes": "yes"
        case "false", "n", "no": "no"
        default: nil
        }
      if let meant {
        report(
          LanguageCode.invalidValue, "'\(keyword)' takes 'yes' or 'no', not '\(other)'; did you mean '\(meant)'?",
          at: range(token),
          fixIts: [FixIt("replace '\(other)' with '\(meant)'", range: range(token), replacement: meant)])
      } else {
        reportUnknownValue(token, written: other, noun: "value for '\(keyword)'", valid: ["yes", "no"])
      }
      return .invalid
    }
  }

  /// `72 hours`.
  mutating func duration(after keyword: String) -> Parsed<DurationValue> {
    let amount = number(after: keyword)
    guard case .value(let literal) = amount else {
      if case .invalid = amount, peekKind() == .identifier { advance() }
      return amount.isMissing ? .missing : .invalid
    }
    let unit = word(DurationUnit.self, noun: "duration unit", after: "\(keyword) \(literal.text)")
    guard let unitWord = unit.value else { return .invalid }
    guard literal.value >= 0 else {
      report(LanguageCode.invalidValue, "a duration cannot be negative ('\(literal.text)')", at: literal.range)
      return .invalid
    }
    guard literal.value > 0 else {
      report(
        LanguageCode.invalidValue,
        "a duration must be greater than zero ('\(literal.text) \(file.text(of: unitWord.range))'); leave 'duration' out when it is not known",
        at: range(from: literal.range.start, to: unitWord.range.end))
      return .invalid
    }
    return .value(DurationValue(amount: literal, unit: unitWord))
  }

  // MARK: - Lists

  /// `a, b, c` of vocabulary words; unknown words are reported and left out.
  mutating func wordList<V: Vocabulary>(_ type: V.Type, noun: String, after keyword: String) -> Parsed<[Word<V>]> {
    commaList(after: keyword) { $0.word(type, noun: noun, after: $1) }
  }

  /// `a, process.member`.
  mutating func referenceList(after keyword: String) -> Parsed<[Reference]> {
    commaList(after: keyword) { $0.reference(after: $1) }
  }

  /// `gp, partner x2` after `by`.
  mutating func performers() -> Parsed<[Performer]> {
    commaList(after: "by") { parser, separator in
      switch parser.reference(after: separator) {
      case .value(let role): .value(parser.performer(role))
      case .invalid: .invalid
      case .missing: .missing
      }
    }
  }

  /// A performer's role and the count `xN` after it, if any (1 otherwise).
  private mutating func performer(_ role: Reference) -> Performer {
    var count = 1
    var end = role.range.end
    let next = peek()
    if next.kind == .identifier, let parsedCount = countValue(next) {
      advance()
      end = next.end
      count = parsedCount
    }
    return Performer(role: role, count: count, range: range(from: role.range.start, to: end))
  }

  /// `item, item, ...` after `keyword`, each item parsed by `item` given the word it follows;
  /// items that are wrong were reported and are left out. Missing is returned only when the
  /// first item is missing.
  private mutating func commaList<Item>(
    after keyword: String, _ item: (inout SyntaxParser, String) -> Parsed<Item>
  ) -> Parsed<[Item]> {
    var items: [Item] = []
    var separator = keyword
    var anyParsed = false
    while true {
      switch item(&self, separator) {
      case .value(let value): items.append(value)
      case .invalid: break
      case .missing: return anyParsed ? .invalid : .missing
      }
      anyParsed = true
      guard peekKind() == .comma else { break }
      advance()
      separator = ","
    }
    return .value(items)
  }

  /// The `N` of a count token `xN`; reports a count below 1 or too large. `nil` when the token
  /// is not a count at all.
  private mutating func countValue(_ token: Token) -> Int? {
    let written = text(token)
    guard written.count > 1, written.first == "x", written.dropFirst().allSatisfy(\.isASCII),
      written.dropFirst().allSatisfy(\.isNumber)
    else { return nil }
    guard let count = Int(written.dropFirst()), count >= 1, count <= 10_000 else {
      report(
        LanguageCode.invalidValue, "'\(Self.abbreviate(written))' is not a valid count; write x1 to x10000",
        at: range(token))
      return 1
    }
    return count
  }

  // MARK: - Properties

  /// Parses `keyword value` with `parseValue`, consuming the keyword first. A missing or wrong
  /// value skips the rest of the statement.
  @inline(__always)
  mutating func property<Value>(
    _ parseValue: (inout SyntaxParser, String) -> Parsed<Value>
  ) -> Property<Value>? {
    let keywordToken = advance()
    let keyword = identifier(keywordToken)
    guard let value = parseValue(&self, keyword.name).value else {
      skipStatement()
      return nil
    }
    return Property(keyword: keyword, value: value, range: range(from: keywordToken.start, to: lastEnd))
  }

  func article(_ noun: String) -> String {
    guard let first = noun.first else { return "a" }
    return "aeiou".contains(first) ? "an" : "a"
  }
}

extension Parsed {
  var isMissing: Bool {
    if case .missing = self { return true }
    return false
  }
}
