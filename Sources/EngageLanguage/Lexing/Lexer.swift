/// Turns the UTF-8 bytes of a source file into tokens, one at a time.
///
/// The lexer never stops at an error: invalid UTF-8, NUL bytes and characters that are not part
/// of the language are reported as `EM0003` and skipped; an unterminated string is reported as
/// `EM0002` and ends at the end of its line (or of the file). Comments are collected in
/// `comments` rather than returned as tokens.
public struct Lexer {
  public let file: SourceFile
  /// Lexical errors found so far, in source order.
  public private(set) var diagnostics: [Diagnostic] = []
  /// Comments found so far, in source order.
  public private(set) var comments: [Comment] = []
  /// Diagnostics beyond this many are dropped; `droppedDiagnostics` counts them.
  public let diagnosticLimit: Int
  public private(set) var droppedDiagnostics = 0

  private let bytes: [UInt8]
  private var position = 0

  public init(file: SourceFile, diagnosticLimit: Int = 1000) {
    self.file = file
    self.bytes = file.bytes
    self.diagnosticLimit = diagnosticLimit
  }

  /// Lexes the whole file; convenient for tests and tools. The parser lexes lazily instead.
  public static func tokenize(_ file: SourceFile) -> (tokens: [Token], comments: [Comment], diagnostics: [Diagnostic]) {
    var lexer = Lexer(file: file)
    var tokens: [Token] = []
    while true {
      let token = lexer.next()
      tokens.append(token)
      if token.kind == .endOfFile { break }
    }
    return (tokens, lexer.comments, lexer.diagnostics)
  }

  /// The next token; `.endOfFile` for ever once the input is exhausted.
  public mutating func next() -> Token {
    while position < bytes.count {
      let start = position
      let byte = bytes[position]
      switch byte {
      case ASCII.space, ASCII.tab, ASCII.formFeed, ASCII.verticalTab:
        position += 1
      case ASCII.carriageReturn:
        if byteAt(position + 1) == ASCII.newline {
          position += 2
          return Token(kind: .newline, start: start, end: position)
        }
        position += 1
      case ASCII.newline:
        position += 1
        return Token(kind: .newline, start: start, end: position)
      case ASCII.hash:
        lexComment()
      case ASCII.quote:
        return lexString()
      case ASCII.leftBrace:
        position += 1
        return Token(kind: .leftBrace, start: start, end: position)
      case ASCII.rightBrace:
        position += 1
        return Token(kind: .rightBrace, start: start, end: position)
      case ASCII.comma:
        position += 1
        return Token(kind: .comma, start: start, end: position)
      case ASCII.dot:
        position += 1
        return Token(kind: .dot, start: start, end: position)
      case ASCII.minus:
        if byteAt(position + 1) == ASCII.greater {
          position += 2
          return Token(kind: .arrow, start: start, end: position)
        }
        if let next = byteAt(position + 1), ASCII.isDigit(next) {
          return lexNumber()
        }
        lexInvalidRun()
      case ASCII.greater, ASCII.less:
        position += 1
        if byteAt(position) == ASCII.equal {
          position += 1
          return Token(kind: .comparator(byte == ASCII.greater ? .greaterOrEqual : .lessOrEqual), start: start, end: position)
        }
        return Token(kind: .comparator(byte == ASCII.greater ? .greater : .less), start: start, end: position)
      case ASCII.equal:
        position += 1
        return Token(kind: .comparator(.equal), start: start, end: position)
      default:
        if ASCII.isDigit(byte) { return lexNumber() }
        if ASCII.isLetter(byte) || byte == ASCII.underscore { return lexIdentifier() }
        if byte >= 0x80, case .scalar(let scalar, _) = decodeScalar(at: position), scalar.properties.isAlphabetic {
          return lexIdentifier()
        }
        lexInvalidRun()
      }
    }
    return Token(kind: .endOfFile, start: bytes.count, end: bytes.count)
  }

  // MARK: - Tokens

  private mutating func lexComment() {
    let start = position
    var end = start
    while end < bytes.count, bytes[end] != ASCII.newline { end += 1 }
    var textEnd = end
    if textEnd > start, bytes[textEnd - 1] == ASCII.carriageReturn { textEnd -= 1 }
    reportInvalidBytes(in: start..<textEnd)
    let text = String(decoding: bytes[start..<textEnd], as: UTF8.self)
    comments.append(Comment(text: text, range: SourceRange(file: file, start: start, end: textEnd)))
    position = end
  }

  private mutating func lexIdentifier() -> Token {
    let start = position
    var nonASCII: (scalar: Unicode.Scalar, offset: Int, length: Int)?
    while position < bytes.count {
      let byte = bytes[position]
      if ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == ASCII.underscore {
        position += 1
      } else if byte == ASCII.minus, let next = byteAt(position + 1), ASCII.isLetter(next) || ASCII.isDigit(next) {
        // Rule names are kebab-case (`goal-served`); the parser accepts '-' only there.
        position += 2
      } else if byte >= 0x80, case .scalar(let scalar, let length) = decodeScalar(at: position),
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil
      {
        if nonASCII == nil { nonASCII = (scalar, position, length) }
        position += length
      } else {
        break
      }
    }
    let range = SourceRange(file: file, start: start, end: position)
    if let nonASCII {
      let word = file.text(of: range)
      report(
        LanguageCode.invalidCharacter,
        "identifier '\(word)' contains '\(nonASCII.scalar)' (\(codePoint(nonASCII.scalar))); identifiers use only ASCII letters, digits and '_' (put other text in a title string)",
        start: nonASCII.offset, end: nonASCII.offset + nonASCII.length)
    } else if bytes[start] == ASCII.underscore {
      report(
        LanguageCode.invalidCharacter,
        "identifier '\(file.text(of: range))' starts with '_'; identifiers start with a letter",
        start: start, end: start + 1)
    }
    return Token(kind: .identifier, start: start, end: position)
  }

  private mutating func lexNumber() -> Token {
    let start = position
    if bytes[position] == ASCII.minus { position += 1 }
    while let byte = byteAt(position), ASCII.isDigit(byte) { position += 1 }
    if byteAt(position) == ASCII.dot, let next = byteAt(position + 1), ASCII.isDigit(next) {
      position += 1
      while let byte = byteAt(position), ASCII.isDigit(byte) { position += 1 }
    }
    // Letters, digits, '_' or further dots glued to a number make it malformed (`12ab`, `1.2.3`,
    // `1e5`); keep them in the token so that the parser reports the whole word once.
    while let byte = byteAt(position),
      ASCII.isLetter(byte) || ASCII.isDigit(byte) || byte == ASCII.underscore
        || (byte == ASCII.dot && byteAt(position + 1).map(ASCII.isDigit) == true)
    {
      position += 1
    }
    return Token(kind: .number, start: start, end: position)
  }

  private mutating func lexString() -> Token {
    if byteAt(position + 1) == ASCII.quote, byteAt(position + 2) == ASCII.quote {
      return lexMultilineString()
    }
    let start = position
    position += 1
    if let closing = closingQuoteOfPlainString(from: position) {
      position = closing + 1
      return Token(
        kind: .string, start: start, end: position,
        stringValue: String(decoding: bytes[(start + 1)..<closing], as: UTF8.self), isMultiline: false)
    }
    var value: [UInt8] = []
    while true {
      guard let byte = byteAt(position), byte != ASCII.newline,
        !(byte == ASCII.carriageReturn && byteAt(position + 1) == ASCII.newline)
      else {
        // `role gp "GP {`: the quote was probably meant before the block's brace, so end the
        // string there and let the brace open the block.
        var braceOffset = position - 1
        while braceOffset > start, bytes[braceOffset] == ASCII.space || bytes[braceOffset] == ASCII.tab {
          braceOffset -= 1
        }
        if braceOffset > start, bytes[braceOffset] == ASCII.leftBrace {
          var contentEnd = braceOffset
          while contentEnd > start + 1, bytes[contentEnd - 1] == ASCII.space || bytes[contentEnd - 1] == ASCII.tab {
            contentEnd -= 1
          }
          report(
            LanguageCode.unterminatedString,
            "unterminated string; add a closing '\"' before the '{'", start: start, end: contentEnd)
          position = braceOffset
          let text = Self.decodeEscapes(Array(bytes[(start + 1)..<contentEnd]))
          return Token(kind: .string, start: start, end: contentEnd, stringValue: String(decoding: text, as: UTF8.self))
        }
        report(
          LanguageCode.unterminatedString,
          position >= bytes.count
            ? "unterminated string at end of file; add a closing '\"'"
            : "unterminated string; add a closing '\"' before the end of the line (use \"\"\"...\"\"\" for text over several lines)",
          start: start, end: position)
        break
      }
      if byte == ASCII.quote {
        position += 1
        break
      }
      if byte >= 0x20, byte < 0x80, byte != ASCII.backslash {
        let runStart = position
        while position < bytes.count {
          let next = bytes[position]
          guard next >= 0x20, next < 0x80, next != ASCII.quote, next != ASCII.backslash else { break }
          position += 1
        }
        value.append(contentsOf: bytes[runStart..<position])
        continue
      }
      if byte == ASCII.backslash {
        let escape = scanEscape(at: position)
        value.append(contentsOf: escape.value)
        position += escape.length
        continue
      }
      position += appendScalar(at: position, to: &value)
    }
    return Token(
      kind: .string, start: start, end: position,
      stringValue: String(decoding: value, as: UTF8.self), isMultiline: false)
  }

  /// The offset of the closing quote of a one-line string whose content from `offset` is only
  /// printable ASCII without escapes, so that its value is its bytes; `nil` for any other string.
  private func closingQuoteOfPlainString(from offset: Int) -> Int? {
    var scan = offset
    while scan < bytes.count {
      let byte = bytes[scan]
      if byte == ASCII.quote { return scan }
      guard byte >= 0x20, byte < 0x80, byte != ASCII.backslash else { return nil }
      scan += 1
    }
    return nil
  }

  private mutating func lexMultilineString() -> Token {
    let start = position
    position += 3
    let contentStart = position
    var contentEnd = position
    var terminated = false
    var checked: [UInt8] = []
    while position < bytes.count {
      let byte = bytes[position]
      if byte == ASCII.quote, byteAt(position + 1) == ASCII.quote, byteAt(position + 2) == ASCII.quote {
        contentEnd = position
        position += 3
        terminated = true
        break
      }
      if byte == ASCII.backslash {
        position += scanEscape(at: position).length
        continue
      }
      checked.removeAll(keepingCapacity: true)
      position += appendScalar(at: position, to: &checked)
    }
    if !terminated {
      contentEnd = bytes.count
      report(
        LanguageCode.unterminatedString,
        "unterminated triple-quoted string; add a closing '\"\"\"'",
        start: start, end: start + 3)
    }
    let value = Self.dedent(Array(bytes[contentStart..<contentEnd]))
    return Token(
      kind: .string, start: start, end: position,
      stringValue: String(decoding: Self.decodeEscapes(value), as: UTF8.self), isMultiline: true)
  }

  /// Removes the layout of a triple-quoted string: a line break right after the opening quotes,
  /// the last line when it holds only the closing quotes' indentation, and the leading
  /// whitespace common to every non-blank line. Line ends become `\n`; blank lines become empty.
  static func dedent(_ raw: [UInt8]) -> [UInt8] {
    guard let lines = dedentedLines(raw) else { return raw }
    var result: [UInt8] = []
    for (index, line) in lines.enumerated() {
      if index > 0 { result.append(ASCII.newline) }
      result.append(contentsOf: line)
    }
    return result
  }

  /// The lines of a triple-quoted string's raw content (between the quotes, escapes not yet
  /// applied) once its layout is removed, as `dedent` joins them; `nil` when the content is on
  /// one line and is kept as written. The formatter re-indents these lines.
  public static func dedentedLines(_ raw: some Collection<UInt8>) -> [ArraySlice<UInt8>]? {
    let content = Array(raw)
    var lines = content.split(separator: ASCII.newline, omittingEmptySubsequences: false).map { line -> ArraySlice<UInt8> in
      line.last == ASCII.carriageReturn ? line.dropLast() : line
    }
    guard lines.count > 1 else { return nil }
    func isBlank(_ line: ArraySlice<UInt8>) -> Bool { line.allSatisfy { $0 == ASCII.space || $0 == ASCII.tab } }
    if let first = lines.first, isBlank(first) { lines.removeFirst() }
    if lines.count > 1 || (lines.count == 1 && isBlank(lines[0])), let last = lines.last, isBlank(last) {
      lines.removeLast()
    }
    var common: ArraySlice<UInt8>?
    for line in lines where !isBlank(line) {
      let indent = line.prefix { $0 == ASCII.space || $0 == ASCII.tab }
      if let current = common {
        common = current.prefix(zip(current, indent).prefix { $0 == $1 }.count)
      } else {
        common = indent
      }
    }
    let indentLength = common?.count ?? 0
    return lines.map { isBlank($0) ? [] : $0.dropFirst(indentLength) }
  }

  /// Applies `\"`, `\\` and `\n`; any other escape is kept as written (it was reported while lexing).
  static func decodeEscapes(_ raw: [UInt8]) -> [UInt8] {
    var result: [UInt8] = []
    result.reserveCapacity(raw.count)
    var index = 0
    while index < raw.count {
      let byte = raw[index]
      if byte == ASCII.backslash, index + 1 < raw.count {
        if let decoded = escapedByte(raw[index + 1]) {
          result.append(decoded)
        } else {
          result.append(contentsOf: raw[index...index + 1])
        }
        index += 2
      } else {
        result.append(byte)
        index += 1
      }
    }
    return result
  }

  /// The bytes an escape at `offset` (a backslash) stands for and how many bytes it takes,
  /// reporting an unknown escape. A backslash at the end of a line or file takes only itself.
  private mutating func scanEscape(at offset: Int) -> (value: [UInt8], length: Int) {
    guard let escaped = byteAt(offset + 1), escaped != ASCII.newline, escaped != ASCII.carriageReturn else {
      report(
        LanguageCode.syntax, "a '\\' at the end of a line escapes nothing; write '\\\\' for a backslash",
        start: offset, end: offset + 1)
      return ([], 1)
    }
    if let decoded = Self.escapedByte(escaped) { return ([decoded], 2) }
    var length = 1
    if case .scalar(_, let scalarLength) = decodeScalar(at: offset + 1) { length = scalarLength }
    let written = file.text(of: SourceRange(file: file, start: offset, end: offset + 1 + length))
    report(
      LanguageCode.syntax,
      "unknown escape '\(written)' in a string; the escapes are \\\", \\\\ and \\n",
      start: offset, end: offset + 1 + length)
    return (Array(bytes[offset..<min(bytes.count, offset + 1 + length)]), 1 + length)
  }

  /// The byte that `\` followed by `byte` stands for; `nil` for an unknown escape.
  private static func escapedByte(_ byte: UInt8) -> UInt8? {
    switch byte {
    case ASCII.quote: ASCII.quote
    case ASCII.backslash: ASCII.backslash
    case UInt8(ascii: "n"): ASCII.newline
    default: nil
    }
  }

  /// Appends the character at `offset` to `value` (U+FFFD for invalid UTF-8, nothing for NUL),
  /// reporting invalid bytes; returns how many bytes were consumed.
  private mutating func appendScalar(at offset: Int, to value: inout [UInt8]) -> Int {
    let byte = bytes[offset]
    if byte == 0 {
      report(LanguageCode.invalidCharacter, "NUL byte in a string", start: offset, end: offset + 1)
      return 1
    }
    if byte < 0x80 {
      value.append(byte)
      return 1
    }
    switch decodeScalar(at: offset) {
    case .scalar(_, let length):
      value.append(contentsOf: bytes[offset..<offset + length])
      return length
    case .invalid(let length):
      report(
        LanguageCode.invalidCharacter, "invalid UTF-8 byte \(hex(byte)) in a string; save the file as UTF-8",
        start: offset, end: offset + length)
      value.append(contentsOf: [0xEF, 0xBF, 0xBD])
      return length
    }
  }

  // MARK: - Errors

  /// Skips a run of bytes that cannot start a token and reports the run once, describing its
  /// first character.
  private mutating func lexInvalidRun() {
    let start = position
    scan: while position < bytes.count {
      let byte = bytes[position]
      if byte == 0 {
        position += 1
      } else if byte < 0x80 {
        guard isStray(byte) else { break scan }
        position += 1
      } else {
        switch decodeScalar(at: position) {
        case .invalid(let length):
          position += length
        case .scalar(let scalar, let length):
          if scalar.properties.isAlphabetic, position > start { break scan }
          position += length
        }
      }
    }
    if position == start { position += 1 }
    report(LanguageCode.invalidCharacter, describeInvalid(at: start), start: start, end: position)
  }

  /// The message for a run of invalid bytes, describing its first character.
  private func describeInvalid(at offset: Int) -> String {
    let byte = bytes[offset]
    if byte == 0 { return "NUL byte (U+0000); the file may be binary or saved as UTF-16 rather than UTF-8" }
    if byte < 0x80 { return Self.describeStray(Unicode.Scalar(byte)) }
    switch decodeScalar(at: offset) {
    case .invalid: return "invalid UTF-8 byte \(hex(byte)); save the file as UTF-8"
    case .scalar(let scalar, _): return Self.describeStray(scalar)
    }
  }

  /// Whether an ASCII byte can never start a token.
  private func isStray(_ byte: UInt8) -> Bool {
    switch byte {
    case ASCII.space, ASCII.tab, ASCII.newline, ASCII.carriageReturn, ASCII.formFeed, ASCII.verticalTab,
      ASCII.hash, ASCII.quote, ASCII.leftBrace, ASCII.rightBrace, ASCII.comma, ASCII.dot,
      ASCII.greater, ASCII.less, ASCII.equal, ASCII.underscore:
      return false
    case ASCII.minus:
      let next = byteAt(position + 1)
      return !(next == ASCII.greater || next.map(ASCII.isDigit) == true)
    default:
      return !(ASCII.isLetter(byte) || ASCII.isDigit(byte))
    }
  }

  static func describeStray(_ scalar: Unicode.Scalar) -> String {
    let shown = scalar.value < 0x20 || scalar.value == 0x7F ? codePoint(scalar) : "'\(scalar)' (\(codePoint(scalar)))"
    let hint: String
    switch scalar {
    case "\u{201C}", "\u{201D}", "\u{201E}": hint = "; use straight double quotes '\"' around strings"
    case "\u{2018}", "\u{2019}", "'": hint = "; strings use straight double quotes '\"'"
    case "\u{2192}": hint = "; write flows with '->'"
    case "\u{2265}": hint = "; write '>='"
    case "\u{2264}": hint = "; write '<='"
    case "\u{00A0}": hint = " (a non-breaking space); use an ordinary space"
    case "%": hint = "; write the unit as 'unit percent' and the number alone"
    case ";": hint = "; statements end at the end of the line"
    case "[", "]", "(", ")": hint = "; lists are written with commas: 'tags incident, disclosure'"
    case ":": hint = "; write a property as its name and value separated by a space: 'kind main'"
    default: hint = ""
    }
    if scalar.value >= 0x80 { return "unexpected character \(shown)\(hint); outside strings and comments only ASCII is allowed" }
    return "unexpected character \(shown)\(hint)"
  }

  /// Reports every invalid UTF-8 sequence and NUL byte in a range (comments use this).
  private mutating func reportInvalidBytes(in range: Range<Int>) {
    var offset = range.lowerBound
    while offset < range.upperBound {
      let byte = bytes[offset]
      if byte == 0 {
        report(LanguageCode.invalidCharacter, "NUL byte in a comment", start: offset, end: offset + 1)
        offset += 1
      } else if byte < 0x80 {
        offset += 1
      } else {
        switch decodeScalar(at: offset) {
        case .scalar(_, let length): offset += length
        case .invalid(let length):
          report(
            LanguageCode.invalidCharacter, "invalid UTF-8 byte \(hex(byte)) in a comment; save the file as UTF-8",
            start: offset, end: offset + length)
          offset += length
        }
      }
    }
  }

  private mutating func report(_ code: DiagnosticCode, _ message: String, start: Int, end: Int) {
    guard diagnostics.count < diagnosticLimit else {
      droppedDiagnostics += 1
      return
    }
    diagnostics.append(Diagnostic(code, .error, message, at: SourceRange(file: file, start: start, end: end)))
  }

  // MARK: - UTF-8

  private enum DecodedScalar {
    case scalar(Unicode.Scalar, length: Int)
    case invalid(length: Int)
  }

  /// Decodes one UTF-8 scalar at `offset`, rejecting overlong forms, surrogates and truncation.
  private func decodeScalar(at offset: Int) -> DecodedScalar {
    let lead = bytes[offset]
    if lead < 0x80 { return .scalar(Unicode.Scalar(lead), length: 1) }
    let length: Int
    var lowerBound: UInt8 = 0x80
    var upperBound: UInt8 = 0xBF
    var value: UInt32
    switch lead {
    case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
    case 0xE0: length = 3; lowerBound = 0xA0; value = UInt32(lead & 0x0F)
    case 0xE1...0xEC, 0xEE...0xEF: length = 3; value = UInt32(lead & 0x0F)
    case 0xED: length = 3; upperBound = 0x9F; value = UInt32(lead & 0x0F)
    case 0xF0: length = 4; lowerBound = 0x90; value = UInt32(lead & 0x07)
    case 0xF1...0xF3: length = 4; value = UInt32(lead & 0x07)
    case 0xF4: length = 4; upperBound = 0x8F; value = UInt32(lead & 0x07)
    default: return .invalid(length: 1)
    }
    for index in 1..<length {
      guard let byte = byteAt(offset + index) else { return .invalid(length: index) }
      let low = index == 1 ? lowerBound : 0x80
      let high = index == 1 ? upperBound : 0xBF
      guard byte >= low, byte <= high else { return .invalid(length: index) }
      value = (value << 6) | UInt32(byte & 0x3F)
    }
    guard let scalar = Unicode.Scalar(value) else { return .invalid(length: length) }
    return .scalar(scalar, length: length)
  }

  private func byteAt(_ offset: Int) -> UInt8? {
    offset < bytes.count ? bytes[offset] : nil
  }
}

private func hex(_ byte: UInt8) -> String {
  let digits = Array("0123456789ABCDEF")
  return "0x\(digits[Int(byte >> 4)])\(digits[Int(byte & 0x0F)])"
}

private func codePoint(_ scalar: Unicode.Scalar) -> String {
  let hexDigits = String(scalar.value, radix: 16, uppercase: true)
  return "U+" + String(repeating: "0", count: max(0, 4 - hexDigits.count)) + hexDigits
}

/// The ASCII bytes the lexer looks at.
enum ASCII {
  static let tab = UInt8(ascii: "\t")
  static let newline = UInt8(ascii: "\n")
  static let verticalTab: UInt8 = 0x0B
  static let formFeed: UInt8 = 0x0C
  static let carriageReturn = UInt8(ascii: "\r")
  static let space = UInt8(ascii: " ")
  static let quote = UInt8(ascii: "\"")
  static let hash = UInt8(ascii: "#")
  static let comma = UInt8(ascii: ",")
  static let minus = UInt8(ascii: "-")
  static let dot = UInt8(ascii: ".")
  static let less = UInt8(ascii: "<")
  static let equal = UInt8(ascii: "=")
  static let greater = UInt8(ascii: ">")
  static let backslash = UInt8(ascii: "\\")
  static let underscore = UInt8(ascii: "_")
  static let leftBrace = UInt8(ascii: "{")
  static let rightBrace = UInt8(ascii: "}")

  static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }
  static func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= 0x61 && (byte | 0x20) <= 0x7A }
}
