/// Prints a layout tree in the canonical layout (see `SourceFormatter`).
struct LayoutPrinter {
  /// Spaces of indentation per block.
  static let indentWidth = 2
  /// Spaces between a statement and the comment after it on its line.
  static let trailingCommentGap = 2

  private let file: SourceFile
  private let trailingComments: [Int: Comment]
  private var output: [UInt8] = []
  /// Whether the current line ends in a comment, so that nothing more may go on it.
  private var lineEndsInComment = false

  static func print(_ tree: LayoutTree) -> [UInt8] {
    var printer = LayoutPrinter(file: tree.file, trailingComments: tree.trailingComments)
    printer.output.reserveCapacity(tree.file.bytes.count + tree.file.bytes.count / 8)
    printer.items(tree.items, indent: 0)
    return printer.output
  }

  private init(file: SourceFile, trailingComments: [Int: Comment]) {
    self.file = file
    self.trailingComments = trailingComments
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
    var previous: Token?
    for part in statement.parts {
      switch part {
      case .token(let token):
        if let previous, Self.needsSpace(between: previous, and: token) { space(indent: indent) }
        write(token, indent: indent)
        previous = token
      case .block(let block):
        self.block(block, indent: indent)
        previous = block.close ?? block.open
      }
    }
  }

  private mutating func block(_ block: LayoutBlock, indent: Int) {
    space(indent: indent)
    output.append(ASCII.leftBrace)
    let opensLine = trailingComments[block.open.start] != nil
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
  static func needsSpace(between previous: Token, and next: Token) -> Bool {
    !(next.kind == .comma || next.kind == .dot || previous.kind == .dot)
  }

  // MARK: - Tokens

  private mutating func write(_ token: Token, indent: Int) {
    if token.kind == .string {
      writeString(token, indent: indent)
    } else {
      output.append(contentsOf: file.bytes[token.start..<token.end])
    }
    writeTrailingComment(after: token)
  }

  /// A one-line string with only the escapes it needs (`\"`, `\\`, `\n`); a triple-quoted string
  /// on one line as written; one over several lines with its lines re-indented: the opening
  /// quotes end their line, each line of text is indented 2 spaces more than the statement, and
  /// the closing quotes stand on their own line at that indentation.
  private mutating func writeString(_ token: Token, indent: Int) {
    guard token.isMultiline else {
      output.append(contentsOf: StringLiteralText.quotedBytes(token.stringValue ?? ""))
      return
    }
    let contentStart = token.start + 3
    let contentEnd = max(contentStart, token.end - 3)
    guard let lines = Lexer.dedentedLines(file.bytes[contentStart..<contentEnd]) else {
      output.append(contentsOf: file.bytes[token.start..<token.end])
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

  private mutating func writeTrailingComment(after token: Token) {
    guard let comment = trailingComments[token.start] else { return }
    output.append(contentsOf: repeatElement(ASCII.space, count: Self.trailingCommentGap))
    writeComment(comment)
  }

  /// A comment's text without the whitespace at its end.
  private mutating func writeComment(_ comment: Comment) {
    var end = comment.range.end
    while end > comment.range.start, Self.isSpace(file.bytes[end - 1]) { end -= 1 }
    output.append(contentsOf: file.bytes[comment.range.start..<end])
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
