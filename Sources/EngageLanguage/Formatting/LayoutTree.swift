/// A file's statements, blocks, own-line comments and blank lines, read from its tokens: what
/// the formatter lays out. Built only for a file that parses, so every block is closed and no
/// statement spans lines (except inside a triple-quoted string).
struct LayoutTree {
  let file: SourceFile
  /// The file's top-level items.
  let items: [LayoutItem]
  /// Comments that follow a token on its line, by the start offset of that token (the last one
  /// on the line).
  let trailingComments: [Int: Comment]

  init(file: SourceFile, tokens: [Token], comments: [Comment]) {
    self.file = file
    var builder = LayoutBuilder(file: file, elements: LayoutBuilder.merge(tokens, comments))
    items = builder.items(closedBy: nil).items
    trailingComments = builder.trailingComments
  }
}

/// One line-level element of a block.
enum LayoutItem {
  case statement(LayoutStatement)
  /// A comment on a line of its own.
  case comment(Comment)
  /// One or more blank lines between two items, kept as one.
  case blankLine
}

/// A statement: its tokens in order, with the blocks it opens among them.
struct LayoutStatement {
  var parts: [LayoutPart] = []
}

/// A token of a statement, or a block it opens.
enum LayoutPart {
  case token(Token)
  case block(LayoutBlock)
}

/// `{ ... }`: its items, its braces, and whether it stays on one line.
struct LayoutBlock {
  let open: Token
  /// `nil` only for a block left open at the end of the file (never in a file that parses).
  let close: Token?
  let items: [LayoutItem]
  /// Written with both braces on one line and at most one statement (`{ kind external }`):
  /// printed on one line again.
  let isOneLine: Bool
}

/// Reads tokens and comments, in source order, into layout items.
private struct LayoutBuilder {
  /// A token or a comment.
  enum Element {
    case token(Token)
    case comment(Comment, trailing: Token?)
  }

  let file: SourceFile
  let elements: [Element]
  var position = 0
  var trailingComments: [Int: Comment] = [:]

  init(file: SourceFile, elements: [Element]) {
    self.file = file
    self.elements = elements
  }

  /// Tokens (without the end of the file) and comments in source order; each comment knows the
  /// token before it on its line, if there is one.
  static func merge(_ tokens: [Token], _ comments: [Comment]) -> [Element] {
    var elements: [Element] = []
    elements.reserveCapacity(tokens.count + comments.count)
    var commentIndex = 0
    var previous: Token?
    for token in tokens where token.kind != .endOfFile {
      while commentIndex < comments.count, comments[commentIndex].range.start < token.start {
        elements.append(.comment(comments[commentIndex], trailing: previous.flatMap { $0.kind == .newline ? nil : $0 }))
        commentIndex += 1
      }
      elements.append(.token(token))
      previous = token
    }
    for comment in comments[commentIndex...] {
      elements.append(.comment(comment, trailing: previous.flatMap { $0.kind == .newline ? nil : $0 }))
    }
    return elements
  }

  /// The items up to the `}` that closes the block opened by `open` (consumed and returned),
  /// or to the end of the file when `open` is `nil`.
  mutating func items(closedBy open: Token?) -> (items: [LayoutItem], close: Token?) {
    var items: [LayoutItem] = []
    var lineEnds = 0
    func separate(_ items: inout [LayoutItem]) {
      if !items.isEmpty && lineEnds >= 2 { items.append(.blankLine) }
      lineEnds = 0
    }
    while position < elements.count {
      switch elements[position] {
      case .comment(let comment, let trailing):
        position += 1
        if let trailing {
          trailingComments[trailing.start] = comment
        } else {
          separate(&items)
          items.append(.comment(comment))
        }
      case .token(let token):
        switch token.kind {
        case .newline:
          lineEnds += 1
          position += 1
        case .rightBrace where open != nil:
          position += 1
          return (items, token)
        case .rightBrace:
          separate(&items)
          items.append(.statement(LayoutStatement(parts: [.token(token)])))
          position += 1
        default:
          separate(&items)
          items.append(.statement(statement()))
        }
      }
    }
    return (items, nil)
  }

  /// One statement from the current token to the end of its line or the `}` that closes its
  /// block (neither consumed), with the blocks it opens.
  mutating func statement() -> LayoutStatement {
    var statement = LayoutStatement()
    while position < elements.count {
      switch elements[position] {
      case .comment(let comment, let trailing):
        guard let trailing else { return statement }
        trailingComments[trailing.start] = comment
        position += 1
      case .token(let token):
        switch token.kind {
        case .newline, .rightBrace:
          return statement
        case .leftBrace:
          position += 1
          let inner = items(closedBy: token)
          statement.parts.append(.block(block(open: token, close: inner.close, items: inner.items)))
        default:
          statement.parts.append(.token(token))
          position += 1
        }
      }
    }
    return statement
  }

  private func block(open: Token, close: Token?, items: [LayoutItem]) -> LayoutBlock {
    var isOneLine = false
    if let close, items.count <= 1, items.allSatisfy({ if case .statement = $0 { true } else { false } }) {
      isOneLine = !file.bytes[open.end..<close.start].contains(ASCII.newline)
    }
    return LayoutBlock(open: open, close: close, items: items, isOneLine: isOneLine)
  }
}
