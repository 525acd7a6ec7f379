/// A file's statements, blocks, own-line comments and blank lines, read from its tokens: what
/// the formatter lays out. Built only for a file that parses, so every block is closed and no
/// statement spans lines (except inside a triple-quoted string). Tokens and comments are held
/// by their index in `tokens` and `comments`.
struct LayoutTree {
  let file: SourceFile
  /// The file's tokens, line ends included.
  let tokens: [Token]
  let comments: [Comment]
  /// The file's top-level items.
  let items: [LayoutItem]
  /// For each token, the index of the comment that follows it on its line (it is then the last
  /// token of the line), or -1.
  let trailingComment: [Int32]

  init(file: SourceFile, tokens: [Token], comments: [Comment]) {
    self.file = file
    self.tokens = tokens
    self.comments = comments
    var builder = LayoutBuilder(tokens: tokens, comments: comments, bytes: file.bytes)
    items = builder.items(closedBy: nil).items
    trailingComment = builder.trailingComment
  }
}

/// One line-level element of a block.
enum LayoutItem {
  case statement(LayoutStatement)
  /// A comment (its index) on a line of its own.
  case comment(Int)
  /// One or more blank lines between two items, kept as one.
  case blankLine
}

/// A statement: its tokens in order, with the blocks it opens among them.
struct LayoutStatement {
  var parts: [LayoutPart] = []
}

/// A token of a statement (its index), or a block it opens.
enum LayoutPart {
  case token(Int)
  case block(LayoutBlock)
}

/// `{ ... }`: its items, its braces (token indices), and whether it stays on one line.
struct LayoutBlock {
  let open: Int
  /// `nil` only for a block left open at the end of the file (never in a file that parses).
  let close: Int?
  let items: [LayoutItem]
  /// Written with both braces on one line and at most one statement (`{ kind external }`):
  /// printed on one line again.
  let isOneLine: Bool
}

/// Reads tokens and comments, in source order, into layout items.
private struct LayoutBuilder {
  let tokens: [Token]
  let comments: [Comment]
  let bytes: [UInt8]
  /// The next token to read.
  var position = 0
  /// The next comment to place.
  var nextComment = 0
  var trailingComment: [Int32]

  init(tokens: [Token], comments: [Comment], bytes: [UInt8]) {
    self.tokens = tokens
    self.comments = comments
    self.bytes = bytes
    trailingComment = Array(repeating: -1, count: tokens.count)
  }

  /// The comment before the current token, if one is left: own-line when nothing but a line
  /// end (or the start of the file) precedes it; otherwise it trails the token before it, and is
  /// recorded as such and skipped.
  private mutating func ownLineCommentBeforeToken() -> Int? {
    let limit = position < tokens.count ? tokens[position].start : Int.max
    while nextComment < comments.count, comments[nextComment].range.start < limit {
      let comment = nextComment
      nextComment += 1
      if position > 0, tokens[position - 1].kind != .newline {
        trailingComment[position - 1] = Int32(comment)
      } else {
        return comment
      }
    }
    return nil
  }

  /// The items up to the `}` that closes the block opened at token `open` (consumed and
  /// returned), or to the end of the file when `open` is `nil`.
  mutating func items(closedBy open: Int?) -> (items: [LayoutItem], close: Int?) {
    var items: [LayoutItem] = []
    var lineEnds = 0
    func separate(_ items: inout [LayoutItem]) {
      if !items.isEmpty && lineEnds >= 2 { items.append(.blankLine) }
      lineEnds = 0
    }
    while true {
      if let comment = ownLineCommentBeforeToken() {
        separate(&items)
        items.append(.comment(comment))
        continue
      }
      guard position < tokens.count else { return (items, nil) }
      switch tokens[position].kind {
      case .endOfFile:
        position += 1
      case .newline:
        lineEnds += 1
        position += 1
      case .rightBrace where open != nil:
        position += 1
        return (items, position - 1)
      case .rightBrace:
        separate(&items)
        items.append(.statement(LayoutStatement(parts: [.token(position)])))
        position += 1
      default:
        separate(&items)
        items.append(.statement(statement()))
      }
    }
  }

  /// One statement from the current token to the end of its line or the `}` that closes its
  /// block (neither consumed), with the blocks it opens.
  mutating func statement() -> LayoutStatement {
    var statement = LayoutStatement()
    while position < tokens.count {
      if let comment = ownLineCommentBeforeToken() {
        // Never in a file that parses: a statement ends at its line end, before any own-line comment.
        nextComment = comment
        return statement
      }
      switch tokens[position].kind {
      case .newline, .rightBrace, .endOfFile:
        return statement
      case .leftBrace:
        let open = position
        position += 1
        let inner = items(closedBy: open)
        statement.parts.append(.block(block(open: open, close: inner.close, items: inner.items)))
      default:
        statement.parts.append(.token(position))
        position += 1
      }
    }
    return statement
  }

  private func block(open: Int, close: Int?, items: [LayoutItem]) -> LayoutBlock {
    var isOneLine = false
    if let close, items.count <= 1, items.allSatisfy({ if case .statement = $0 { true } else { false } }) {
      isOneLine = !bytes[tokens[open].end..<tokens[close].start].contains(ASCII.newline)
    }
    return LayoutBlock(open: open, close: close, items: items, isOneLine: isOneLine)
  }
}
