import Foundation

/// The result of parsing one file: the syntax tree (with every declaration that could be
/// recovered) and every diagnostic found, in source order.
public struct ParseResult: Sendable {
  public let syntax: SourceFileSyntax
  public let diagnostics: [Diagnostic]
  public init(syntax: SourceFileSyntax, diagnostics: [Diagnostic]) {
    self.syntax = syntax
    self.diagnostics = diagnostics
  }
}

/// Parses `.engage` source files into syntax trees.
///
/// The parser never stops at the first error. It recovers at the end of the statement (the end
/// of the line, skipping any block the statement opened), at block boundaries, and at a
/// top-level declaration keyword at the start of a line inside a block left open, so that one
/// run reports every error in the file. It never recurses on input-controlled depth: unknown
/// blocks are skipped iteratively, so any nesting depth is safe.
public enum Parser {
  /// How deeply blocks may nest; deeper nesting is reported once as `EM0013`.
  public static let maximumNesting = 64
  /// At most this many diagnostics are reported for one file; a final diagnostic says how many
  /// more were found.
  public static let diagnosticLimit = 1000
  /// The largest magnitude a number may have (10^15); beyond it a number is reported as `EM0005`
  /// rather than silently losing precision.
  public static let maximumNumber: Double = 1_000_000_000_000_000

  /// Parses one file.
  public static func parse(_ file: SourceFile) -> ParseResult {
    var parser = SyntaxParser(file: file)
    return parser.parseFile()
  }
}

/// Where a statement stands, for messages and "did you mean" suggestions.
struct BlockContext {
  /// What encloses the statement, as messages name it: `role`, `settings`, `top level`.
  let noun: String
  /// The id of the declaration whose block this is, if it has one.
  let id: String?
  /// The keywords valid here.
  let keywords: KeywordList

  static let topLevel = BlockContext(noun: "top level", id: nil, keywords: Keywords.topLevel)

  /// How messages name the place: `role 'gp'`, `top level`.
  var description: String {
    guard let id else { return noun }
    return "\(noun) '\(id)'"
  }

  /// `at top level` or `in role 'gp'`.
  var location: String { description == "top level" ? "at top level" : "in \(description)" }
}

/// Blocks left open before a top-level declaration keyword at the start of a line: the blocks
/// are closed there, innermost first, and reported once where the `}` is missing.
struct UnclosedBlocks {
  let keyword: Token
  let word: Keyword
  /// Where the `}` belongs: the end of the last token before the keyword.
  let gap: Int
  /// Each block closed by the keyword, innermost first.
  var blocks: [(description: String, open: Token)]
}

/// The recursive-descent parser's state: a lazy token stream with a few tokens of lookahead.
struct SyntaxParser {
  let file: SourceFile
  var lexer: Lexer
  /// Tokens lexed but not yet consumed: a ring of `buffered` tokens from `head`, whose size is a
  /// power of two, so that consuming a token never shifts the others.
  private var lookahead = [Token](repeating: Token(kind: .endOfFile, start: 0, end: 0), count: 4)
  private var head = 0
  private var buffered = 0
  private(set) var diagnostics: [Diagnostic] = []
  private var droppedDiagnostics = 0
  /// The end of the last consumed token other than a newline.
  private(set) var lastEnd = 0
  /// How many tokens have been consumed; used to guarantee progress.
  private(set) var consumed = 0
  /// How many blocks enclose the current position.
  private var depth = 0
  private var reportedTooDeep = false
  /// Set while blocks are being closed by a top-level declaration keyword; reported and cleared
  /// by the first block (or the top level) that can contain the declaration.
  private var unclosed: UnclosedBlocks?
  /// Byte ranges of arrow look-alikes already reported as one error; the lexer's errors for
  /// stray characters inside them are dropped.
  private var arrowLookalikes: [Range<Int>] = []

  init(file: SourceFile) {
    self.file = file
    self.lexer = Lexer(file: file, diagnosticLimit: Parser.diagnosticLimit)
  }

  // MARK: - The file

  mutating func parseFile() -> ParseResult {
    var declarations: [Declaration] = []
    loop: while true {
      let token = peek()
      switch token.kind {
      case .endOfFile:
        break loop
      case .newline:
        advance()
      case .identifier:
        let before = consumed
        if let declaration = parseTopLevel(token) { declarations.append(declaration) }
        if unclosed != nil {
          reportUnclosedBlocks()
          continue loop
        }
        finishStatement()
        if consumed == before { advance() }
      case .rightBrace:
        advance()
        report(
          LanguageCode.syntax, "unexpected '}' with no open block to close", at: range(token),
          fixIts: [FixIt("remove the stray '}'", range: range(token), replacement: "")])
      case .leftBrace:
        reportBlockWithoutDeclaration(token)
        skipBalancedBlock()
        finishStatement()
      default:
        report(
          LanguageCode.syntax,
          "expected a declaration (\(Keywords.describe(Keywords.topLevel.words))), found \(describe(token))",
          at: range(token))
        skipStatement()
        finishStatement()
      }
    }
    var lexical = lexer.diagnostics
    if !arrowLookalikes.isEmpty {
      lexical.removeAll { diagnostic in
        guard diagnostic.code == LanguageCode.invalidCharacter, let range = diagnostic.range else { return false }
        return arrowLookalikes.contains { $0.lowerBound <= range.start && range.end <= $0.upperBound }
      }
    }
    var all = diagnostics + lexical
    let dropped = droppedDiagnostics + lexer.droppedDiagnostics
    all = all.sortedForOutput()
    if all.count > Parser.diagnosticLimit || dropped > 0 {
      let shown = Array(all.prefix(Parser.diagnosticLimit))
      let hidden = all.count - shown.count + dropped
      all = shown + [
        Diagnostic(
          LanguageCode.syntax, .error,
          "too many errors in \(file.path): \(hidden) more not shown; fix the ones above and check again",
          at: nil)
      ]
    }
    let syntax = SourceFileSyntax(
      file: file, declarations: declarations, comments: lexer.comments,
      range: SourceRange(file: file, start: 0, end: file.bytes.count))
    return ParseResult(syntax: syntax, diagnostics: all)
  }

  // MARK: - Tokens

  mutating func peek(_ distance: Int = 0) -> Token {
    fill(distance)
    return lookahead[(head + distance) & (lookahead.count - 1)]
  }

  /// The kind of the token `distance` ahead, without copying the token.
  mutating func peekKind(_ distance: Int = 0) -> TokenKind {
    fill(distance)
    return lookahead[(head + distance) & (lookahead.count - 1)].kind
  }

  /// Lexes until the token `distance` ahead is buffered.
  private mutating func fill(_ distance: Int) {
    while buffered <= distance {
      if buffered == lookahead.count { growLookahead() }
      lookahead[(head + buffered) & (lookahead.count - 1)] = lexer.next()
      buffered += 1
    }
  }

  private mutating func growLookahead() {
    var grown = [Token](repeating: Token(kind: .endOfFile, start: 0, end: 0), count: lookahead.count * 2)
    for offset in 0..<buffered { grown[offset] = lookahead[(head + offset) & (lookahead.count - 1)] }
    lookahead = grown
    head = 0
  }

  @discardableResult
  mutating func advance() -> Token {
    let token = peek()
    guard token.kind != .endOfFile else { return token }
    head = (head + 1) & (lookahead.count - 1)
    buffered -= 1
    consumed += 1
    if token.kind != .newline { lastEnd = token.end }
    return token
  }

  /// Puts a consumed token back in front of the lookahead.
  private mutating func pushBack(_ token: Token) {
    if buffered == lookahead.count { growLookahead() }
    head = (head - 1) & (lookahead.count - 1)
    lookahead[head] = token
    buffered += 1
  }

  func text(_ token: Token) -> String {
    String(decoding: file.bytes[token.start..<token.end], as: UTF8.self)
  }

  func range(_ token: Token) -> SourceRange { SourceRange(file: file, start: token.start, end: token.end) }

  func range(from start: Int, to end: Int) -> SourceRange { SourceRange(file: file, start: start, end: end) }

  /// Whether a token is the identifier `word`, compared without building a string.
  func isWord(_ token: Token, _ word: StaticString) -> Bool {
    guard token.kind == .identifier, token.end - token.start == word.utf8CodeUnitCount else { return false }
    return word.withUTF8Buffer { buffer in
      var offset = token.start
      for byte in buffer {
        if file.bytes[offset] != byte { return false }
        offset += 1
      }
      return true
    }
  }

  func identifier(_ token: Token) -> Identifier { Identifier(name: text(token), range: range(token)) }

  /// The keyword spelt exactly by an identifier token, if any.
  func keywordMatch(_ token: Token) -> Keyword? {
    guard token.kind == .identifier else { return nil }
    return Keyword.match(file.bytes, from: token.start, to: token.end)
  }

  /// An id or reference part: reports a hyphen (allowed only in rule names) with a suggestion
  /// that is a valid id and a fix-it.
  mutating func plainIdentifier(_ token: Token) -> Identifier {
    let plain = identifier(token)
    if file.bytes[token.start..<token.end].contains(ASCII.minus) {
      let name = plain.name
      var message = "'\(Self.abbreviate(name))' contains '-'; ids use letters, digits and '_'"
      var fixIts: [FixIt] = []
      if let fixed = IdentifierSuggestion.replacingHyphens(in: name) {
        message += "; did you mean '\(Self.abbreviate(fixed))'?"
        fixIts = [FixIt("replace '\(name)' with '\(fixed)'", range: range(token), replacement: fixed)]
      }
      report(LanguageCode.invalidCharacter, message, at: range(token), fixIts: fixIts)
    }
    return plain
  }

  func stringLiteral(_ token: Token) -> StringLiteral {
    StringLiteral(value: token.stringValue ?? "", isMultiline: token.isMultiline, range: range(token))
  }

  /// How a message names a token: `identifier 'foo'`, `'{'`, `the end of the line`.
  func describe(_ token: Token) -> String {
    switch token.kind {
    case .identifier: return "'\(Self.abbreviate(text(token)))'"
    case .number: return "number '\(Self.abbreviate(text(token)))'"
    case .string: return token.isMultiline ? "a triple-quoted string" : "string \(Self.abbreviate(text(token)))"
    case .leftBrace: return "'{'"
    case .rightBrace: return "'}'"
    case .comma: return "','"
    case .dot: return "'.'"
    case .arrow: return "'->'"
    case .comparator(let comparator): return "'\(comparator.rawValue)'"
    case .newline: return "the end of the line"
    case .endOfFile: return "the end of the file"
    }
  }

  /// `, found 'x'` for a message about what stands at `token`; nothing at the end of a line or
  /// of the file, where the message already says what is missing.
  func found(_ token: Token) -> String {
    token.kind == .newline || token.kind == .endOfFile ? "" : ", found \(describe(token))"
  }

  static func abbreviate(_ text: String) -> String {
    text.count > 40 ? String(text.prefix(37)) + "..." : text
  }

  // MARK: - Statements and blocks

  /// Ends a statement: consumes the line end, or leaves a `}` or the end of the file for the
  /// enclosing block; anything else on the line is reported and skipped.
  mutating func finishStatement() {
    let token = peek()
    switch token.kind {
    case .newline:
      advance()
    case .rightBrace, .endOfFile:
      return
    default:
      report(
        LanguageCode.syntax,
        "unexpected \(describe(token)); each statement goes on its own line", at: range(token))
      skipStatement()
      if peekKind() == .newline { advance() }
    }
  }

  /// Skips to the end of the current statement: the line end, a `}` that closes the enclosing
  /// block, or the end of the file (none of them consumed). Blocks on the way are skipped whole.
  mutating func skipStatement() {
    while true {
      switch peekKind() {
      case .newline, .rightBrace, .endOfFile: return
      case .leftBrace: skipBalancedBlock()
      default: advance()
      }
    }
  }

  /// Skips a block from its `{` to the matching `}`, iteratively, reporting nesting beyond the
  /// limit once and a block left open at the end of the file.
  mutating func skipBalancedBlock() {
    var openings: [Token] = []
    while true {
      let token = advance()
      switch token.kind {
      case .leftBrace:
        openings.append(token)
        if depth + openings.count > Parser.maximumNesting { reportTooDeep(token) }
      case .rightBrace:
        _ = openings.popLast()
        if openings.isEmpty { return }
      case .endOfFile:
        guard let outermost = openings.first else { return }
        let stillOpen = openings.count == 1 ? "" : " (\(openings.count) blocks are still open)"
        report(
          LanguageCode.syntax, "expected '}' at the end of the file\(stillOpen)",
          at: range(from: lastEnd, to: lastEnd),
          notes: [DiagnosticNote("the block opened here is never closed", at: range(outermost))])
        return
      default:
        continue
      }
    }
  }

  /// Parses `{ statements }` from the current `{`, handing each statement that starts with an
  /// identifier to `statement` (which must consume it). Returns the offset after the `}`.
  mutating func parseBlock(_ context: BlockContext, _ statement: (inout SyntaxParser, Token) -> Void) -> Int {
    let open = advance()
    depth += 1
    defer { depth -= 1 }
    if depth > Parser.maximumNesting {
      reportTooDeep(open)
      pushBack(open)
      skipBalancedBlock()
      return lastEnd
    }
    while true {
      let token = peek()
      switch token.kind {
      case .newline:
        advance()
      case .rightBrace:
        advance()
        return token.end
      case .endOfFile:
        report(
          LanguageCode.syntax, "expected '}' at the end of the file to close \(context.description)",
          at: range(from: lastEnd, to: lastEnd),
          notes: [DiagnosticNote("the block of \(context.description) opens here", at: range(open))])
        return lastEnd
      case .identifier:
        if let word = startsDeclarationOutside(token, context) {
          unclosed = UnclosedBlocks(
            keyword: token, word: word, gap: lastEnd, blocks: [(context.description, open)])
          return lastEnd
        }
        let before = consumed
        statement(&self, token)
        if var closing = unclosed {
          if belongs(closing.word, in: context) {
            reportUnclosedBlocks()
            continue
          }
          closing.blocks.append((context.description, open))
          unclosed = closing
          return lastEnd
        }
        if consumed == before { skipStatement() }
        finishStatement()
      case .leftBrace:
        reportBlockWithoutDeclaration(token)
        skipBalancedBlock()
        finishStatement()
      default:
        report(
          LanguageCode.syntax,
          "expected a keyword or '}' \(context.location), found \(describe(token))",
          at: range(token))
        skipStatement()
        finishStatement()
      }
    }
  }

  /// The top-level keyword `token` is when it starts a declaration that the block of `context`
  /// cannot contain: a top-level keyword at the start of a line (column 1), not the first node of
  /// a flow. Such a line is taken to mean that the block was left open.
  mutating func startsDeclarationOutside(_ token: Token, _ context: BlockContext) -> Keyword? {
    guard token.start == 0 || file.bytes[token.start - 1] == ASCII.newline else { return nil }
    guard let word = keywordMatch(token), Keywords.topLevel.contains(word) else { return nil }
    let next = peekKind(1)
    guard next != .arrow, next != .dot, arrowLookalike(after: token.end) == nil else { return nil }
    return belongs(word, in: context) ? nil : word
  }

  /// Whether a top-level keyword at the start of a line is a statement of `context`: `process`
  /// in a megaprocess, and `client` as a property (`client patients`) rather than a declaration
  /// with a title or block (`client patients "Patients" {`).
  mutating func belongs(_ word: Keyword, in context: BlockContext) -> Bool {
    guard context.keywords.contains(word) else { return false }
    guard word == .client, peekKind(1) == .identifier else { return true }
    let after = peekKind(2)
    return after != .string && after != .leftBrace
  }

  // MARK: - Arrow look-alikes

  /// Non-ASCII characters that read as an arrow head (the ASCII one is `>`).
  private static let arrowHeads: Set<Unicode.Scalar> = ["\u{FF1E}"]
  /// Non-ASCII characters that read as an arrow's shaft: the Unicode dashes (the ASCII ones are
  /// hyphen, equals and tilde).
  private static let arrowShafts: Set<Unicode.Scalar> = [
    "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}",
    "\u{FE58}", "\u{FF0D}", "\u{FF1D}",
  ]
  /// Arrow symbols: → ⇒ ⟶ ⟹ ➔ ➜ ➝ ➞ ↦ ⇨ ⭢.
  private static let arrowSymbols: Set<Unicode.Scalar> = [
    "\u{2192}", "\u{21D2}", "\u{27F6}", "\u{27F9}", "\u{2794}", "\u{279C}", "\u{279D}", "\u{279E}",
    "\u{21A6}", "\u{21E8}", "\u{2B62}",
  ]

  /// Something written for a flow's `->` that is not one (`=>`, `->>`, `-->`, `—>`, `→`, `- >`):
  /// a run of shaft and head characters (spaces allowed inside) after `offset` on the same line,
  /// followed by a word. Returns the run's byte range, or `nil` when there is none or it is `->`.
  func arrowLookalike(after offset: Int) -> Range<Int>? {
    let bytes = file.bytes
    var position = offset
    while position < bytes.count, bytes[position] == ASCII.space || bytes[position] == ASCII.tab { position += 1 }
    let start = position
    var end = start
    var hasShaft = false
    var hasHead = false
    var hasSymbol = false
    scan: while position < bytes.count {
      let byte = bytes[position]
      if byte == ASCII.space || byte == ASCII.tab {
        position += 1
        continue
      }
      if byte < 0x80 {
        switch byte {
        case ASCII.minus, ASCII.equal, UInt8(ascii: "~"): hasShaft = true
        case ASCII.greater: hasHead = true
        default: break scan
        }
        position += 1
        end = position
        continue
      }
      let window = bytes[position..<min(position + 4, bytes.count)]
      guard let scalar = String(decoding: window, as: UTF8.self).unicodeScalars.first, scalar != "\u{FFFD}"
      else { break scan }
      if Self.arrowShafts.contains(scalar) {
        hasShaft = true
      } else if Self.arrowHeads.contains(scalar) {
        hasHead = true
      } else if Self.arrowSymbols.contains(scalar) {
        hasSymbol = true
      } else {
        break scan
      }
      position += UTF8.width(scalar)
      end = position
    }
    guard end > start, (hasShaft && hasHead) || hasSymbol, position < bytes.count,
      ASCII.isLetter(bytes[position])
    else { return nil }
    if end - start == 2, bytes[start] == ASCII.minus, bytes[start + 1] == ASCII.greater { return nil }
    return start..<end
  }

  /// Reports an arrow look-alike after `node` with a fix-it to `->`, and consumes its tokens.
  mutating func replaceArrowLookalike(_ span: Range<Int>, after node: Reference) {
    arrowLookalikes.append(span)
    while peek().start < span.upperBound, peekKind() != .newline, peekKind() != .endOfFile { advance() }
    let written = file.text(of: range(from: span.lowerBound, to: span.upperBound))
    let next = peek()
    let example = next.kind == .identifier ? "'\(node) -> \(Self.abbreviate(text(next)))'" : "'\(node) -> next'"
    report(
      LanguageCode.syntax, "'\(written)' is not an arrow; connect steps with '->', as in \(example)",
      at: range(from: span.lowerBound, to: span.upperBound),
      fixIts: [
        FixIt(
          "replace '\(written)' with '->'", range: range(from: span.lowerBound, to: span.upperBound), replacement: "->")
      ])
  }

  /// Reports the blocks closed by a top-level declaration keyword, once, with a note at each
  /// opening brace and a fix-it inserting the missing braces.
  private mutating func reportUnclosedBlocks() {
    guard let closing = unclosed else { return }
    unclosed = nil
    let closes = closing.blocks.map { "'}' to close \($0.description)" }
    let gap = range(from: closing.gap, to: closing.gap)
    report(
      LanguageCode.syntax,
      "expected \(Keywords.list(closes, conjunction: "and")) before '\(closing.word.spelling)'",
      at: gap,
      notes: closing.blocks.map { DiagnosticNote("the block of \($0.description) opens here", at: range($0.open)) },
      fixIts: [
        FixIt(
          "insert the missing '}'", range: gap,
          replacement: String(repeating: " }", count: closing.blocks.count))
      ])
  }

  /// After a declaration's header: anything before the block or the line end is reported and
  /// skipped; then the block is parsed if there is one. Returns the end of the declaration.
  mutating func parseOptionalBlock(
    _ context: BlockContext, expected: @autoclosure () -> String, _ statement: (inout SyntaxParser, Token) -> Void
  ) -> Int {
    let token = peek()
    switch token.kind {
    case .newline, .endOfFile, .leftBrace, .rightBrace:
      break
    default:
      report(
        LanguageCode.syntax, "unexpected \(describe(token)) \(context.location); expected \(expected())",
        at: range(token))
      skipToBlockOrLineEnd()
    }
    if peekKind() == .leftBrace { return parseBlock(context, statement) }
    return lastEnd
  }

  /// Skips the rest of a declaration's header: stops before the line end, the end of the file,
  /// or a brace.
  mutating func skipToBlockOrLineEnd() {
    while true {
      switch peekKind() {
      case .newline, .endOfFile, .leftBrace, .rightBrace: return
      default: advance()
      }
    }
  }

  /// The keyword a statement starts with, as the block should treat it. A misspelt keyword (one
  /// valid nowhere, with a close suggestion) is reported with a fix-it and read as the
  /// suggestion, so that the rest of the statement is still checked. Anything else invalid here
  /// is reported, the statement skipped, and `nil` returned.
  mutating func keyword(_ token: Token, in context: BlockContext) -> Keyword? {
    if let keyword = keywordMatch(token), context.keywords.contains(keyword) { return keyword }
    let word = text(token)
    if Keywords.places(of: word).isEmpty,
      let suggestion = Suggestions.closest(to: word, among: context.keywords.words)
    {
      report(
        LanguageCode.unknownKeyword,
        "unknown keyword '\(Self.abbreviate(word))' \(context.location); did you mean '\(suggestion)'?",
        at: range(token),
        fixIts: [FixIt("replace '\(word)' with '\(suggestion)'", range: range(token), replacement: suggestion)])
      return Keyword(spelling: suggestion)
    }
    unknownKeyword(token, in: context)
    return nil
  }

  /// Reports a keyword that is not valid in `context` (with a suggestion or the place where it
  /// belongs) and skips the statement.
  mutating func unknownKeyword(_ token: Token, in context: BlockContext) {
    let word = text(token)
    let places = Keywords.places(of: word)
    let suggestion = Suggestions.closest(to: word, among: context.keywords.words)
    var message: String
    if places.isEmpty {
      message = "unknown keyword '\(Self.abbreviate(word))' \(context.location)"
    } else {
      message = "'\(word)' is not allowed \(context.location) (it belongs \(places))"
    }
    var fixIts: [FixIt] = []
    if let suggestion, suggestion != word {
      message += "; did you mean '\(suggestion)'?"
      fixIts = [FixIt("replace '\(word)' with '\(suggestion)'", range: range(token), replacement: suggestion)]
    } else if places.isEmpty {
      message += "; expected \(Keywords.describe(context.keywords.words))"
    }
    report(LanguageCode.unknownKeyword, message, at: range(token), fixIts: fixIts)
    advance()
    skipStatement()
  }

  /// Keeps the first value of a property given twice and reports the second.
  @inline(__always)
  mutating func assign<Value>(
    _ slot: inout Property<Value>?, _ property: consuming Property<Value>?, in context: BlockContext
  ) {
    guard let property else { return }
    if slot == nil {
      slot = consume property
    } else if let first = slot {
      report(
        LanguageCode.duplicateProperty,
        "'\(property.keyword.name)' is given twice in \(context.description); it may be given only once",
        at: property.range,
        notes: [DiagnosticNote("first given here", at: first.range)])
    }
  }

  // MARK: - Diagnostics

  mutating func report(
    _ code: DiagnosticCode, _ message: String, at range: SourceRange?,
    notes: [DiagnosticNote] = [], fixIts: [FixIt] = []
  ) {
    guard diagnostics.count < Parser.diagnosticLimit else {
      droppedDiagnostics += 1
      return
    }
    diagnostics.append(Diagnostic(code, .error, message, at: range, notes: notes, fixIts: fixIts))
  }

  /// Reports that a value is missing or wrong where `token` stands; at the end of a line the
  /// location is just after the last token, so the caret points at the gap.
  mutating func reportExpected(_ message: String, at token: Token, code: DiagnosticCode = LanguageCode.syntax) {
    switch token.kind {
    case .newline, .endOfFile, .rightBrace:
      report(code, message, at: range(from: lastEnd, to: lastEnd))
    default:
      report(code, message, at: range(token))
    }
  }

  private mutating func reportTooDeep(_ token: Token) {
    guard !reportedTooDeep else { return }
    reportedTooDeep = true
    report(
      LanguageCode.nestingTooDeep,
      "blocks are nested more than \(Parser.maximumNesting) deep; the rest of this block is skipped",
      at: range(token))
  }

  private mutating func reportBlockWithoutDeclaration(_ token: Token) {
    report(
      LanguageCode.syntax,
      "unexpected '{'; a block opens on the same line as its declaration, such as 'role gp \"GP\" {'",
      at: range(token))
  }
}
