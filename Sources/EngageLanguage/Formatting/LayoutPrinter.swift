/// Prints a layout tree in the canonical layout (see `SourceFormatter`).
struct LayoutPrinter {
  /// Spaces of indentation per block.
  static let indentWidth = 2
  /// Spaces between a statement and the comment after it on its line.
  static let trailingCommentGap = 2

  private let bytes: [UInt8]
  private let tokens: [Token]
  private let comments: [Comment]
  private let trailingComment: [Int32]
  private var output: [UInt8] = []
  /// Whether the current line ends in a comment, so that nothing more may go on it.
  private var lineEndsInComment = false

  static func print(_ tree: LayoutTree) -> [UInt8] {
    var printer = LayoutPrinter(tree)
    printer.output.reserveCapacity(printer.bytes.count + printer.bytes.count / 8)
    printer.items(tree.items, indent: 0)
    return printer.output
  }

  private init(_ tree: LayoutTree) {
    bytes = tree.file.bytes
    tokens = tree.tokens
    comments = tree.comments
    trailingComment = tree.trailingComment
  }

  // MARK: - Lines

  private mutating func items(_ items: [LayoutItem], indent: Int) {
    for item in items {
      switch item {
      case .blankLine:
        output.append(ASCII.newline)
      case .comment(let comment):
        write(indent: indent)
        writeComment(comment)
        endLine()
      case .statement(let statement):
        write(indent: indent)
        self.statement(statement, indent: indent)
        endLine()
      }
    }
  }

  private mutating func statement(_ statement: LayoutStatement, indent: Int) {
    var previous: TokenKind?
    for part in statement.parts {
      switch part {
      case .token(let index):
        let kind = tokens[index].kind
        if let previous, Self.needsSpace(between: previous, and: kind) { space(indent: indent) }
        write(index, indent: indent)
        previous = kind
      case .block(let block):
        self.block(block, indent: indent)
        previous = .rightBrace
      }
    }
  }

  private mutating func block(_ block: LayoutBlock, indent: Int) {
    space(indent: indent)
    output.append(ASCII.leftBrace)
    let opensLine = trailingComment[block.open] >= 0
    writeTrailingComment(after: block.open)
    if block.items.isEmpty && !opensLine {
      output.append(ASCII.rightBrace)
    } else if block.isOneLine && !opensLine, case .statement(let only)? = block.items.first {
      output.append(ASCII.space)
      statement(only, indent: indent)
      space(indent: indent)
      output.append(ASCII.rightBrace)
    } else {
      endLine()
      items(block.items, indent: indent + Self.indentWidth)
      guard block.close != nil else { return }
      write(indent: indent)
      output.append(ASCII.rightBrace)
    }
    if let close = block.close { writeTrailingComment(after: close) }
  }

  /// Whether one space separates two tokens of a statement: always, except around `.` in a
  /// reference and before `,`.
  static func needsSpace(between previous: TokenKind, and next: TokenKind) -> Bool {
    !(next == .comma || next == .dot || previous == .dot)
  }

  // MARK: - Tokens

  private mutating func write(_ index: Int, indent: Int) {
    let token = tokens[index]
    if token.kind == .string {
      writeString(token, indent: indent)
    } else {
      output.append(contentsOf: bytes[token.start..<token.end])
    }
    writeTrailingComment(after: index)
  }

  /// A one-line string with only the escapes it needs (`\"`, `\\`, `\n`); a triple-quoted string
  /// on one line as written; one over several lines with its lines re-indented: the opening
  /// quotes end their line, each line of text is indented 2 spaces more than the statement, and
  /// the closing quotes stand on their own line at that indentation.
  private mutating func writeString(_ token: Token, indent: Int) {
    guard token.isMultiline else {
      // Without a backslash the text between the quotes is the value, which needs no escape.
      let content = bytes[min(token.start + 1, token.end)..<max(token.start + 1, token.end - 1)]
      if token.end - token.start >= 2, bytes[token.end - 1] == ASCII.quote, !content.contains(ASCII.backslash) {
        output.append(contentsOf: bytes[token.start..<token.end])
      } else {
        StringLiteralText.appendQuoted(token.stringValue ?? "", to: &output)
      }
      return
    }
    let contentStart = token.start + 3
    let contentEnd = max(contentStart, token.end - 3)
    guard let lines = Lexer.dedentedLines(bytes[contentStart..<contentEnd]) else {
      output.append(contentsOf: bytes[token.start..<token.end])
      return
    }
    let quotes = [ASCII.quote, ASCII.quote, ASCII.quote]
    output.append(contentsOf: quotes)
    output.append(ASCII.newline)
    for line in lines {
      if !line.isEmpty {
        write(indent: indent + Self.indentWidth)
        output.append(contentsOf: line)
      }
      output.append(ASCII.newline)
    }
    write(indent: indent + Self.indentWidth)
    output.append(contentsOf: quotes)
  }

  // MARK: - Comments

  private mutating func writeTrailingComment(after token: Int) {
    let comment = trailingComment[token]
    guard comment >= 0 else { return }
    output.append(contentsOf: repeatElement(ASCII.space, count: Self.trailingCommentGap))
    writeComment(Int(comment))
  }

  /// A comment's text without the whitespace at its end.
  private mutating func writeComment(_ index: Int) {
    let range = comments[index].range
    var end = range.end
    while end > range.start, Self.isSpace(bytes[end - 1]) { end -= 1 }
    output.append(contentsOf: bytes[range.start..<end])
    lineEndsInComment = true
  }

  // MARK: - Whitespace

  private mutating func write(indent: Int) {
    output.append(contentsOf: repeatElement(ASCII.space, count: indent))
  }

  /// One space between tokens; after a comment, which would swallow what follows, a new line at
  /// the statement's indentation instead (which a file that parses never needs).
  private mutating func space(indent: Int) {
    if lineEndsInComment {
      endLine()
      write(indent: indent + Self.indentWidth)
    } else {
      output.append(ASCII.space)
    }
  }

  private mutating func endLine() {
    output.append(ASCII.newline)
    lineEndsInComment = false
  }

  private static func isSpace(_ byte: UInt8) -> Bool {
    byte == ASCII.space || byte == ASCII.tab || byte == ASCII.carriageReturn || byte == ASCII.formFeed
      || byte == ASCII.verticalTab
  }
}
