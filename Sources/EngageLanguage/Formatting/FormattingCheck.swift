/// The formatter's guard: the formatted text must parse without a diagnostic and hold the same
/// tokens as the original (strings by value and by quoting, everything else byte for byte; line
/// ends aside) and the same comments (without their trailing whitespace).
enum FormattingCheck {
  /// Where the formatted text differs from the original in meaning, as a diagnostic at the
  /// original's token or comment; `nil` when it does not.
  static func difference(
    original: (tokens: [Token], comments: [Comment], diagnostics: [Diagnostic]), file: SourceFile,
    formatted: [UInt8]
  ) -> Diagnostic? {
    let formattedFile = SourceFile(path: file.path, bytes: formatted)
    let reparsed = Parser.parse(formattedFile)
    if let first = reparsed.diagnostics.first {
      return problem("the formatted text does not parse (\(first.message))", at: nil, in: file)
    }
    let lexed = Lexer.tokenize(formattedFile)
    let before = original.tokens.filter { $0.kind != .newline && $0.kind != .endOfFile }
    let after = lexed.tokens.filter { $0.kind != .newline && $0.kind != .endOfFile }
    for (index, token) in before.enumerated() {
      guard index < after.count else { return problem("a token would be lost", atToken: token, in: file) }
      if !same(token, in: file, as: after[index], in: formattedFile) {
        return problem("a token would change", atToken: token, in: file)
      }
    }
    if after.count > before.count { return problem("a token would be added", at: nil, in: file) }
    guard original.comments.count == lexed.comments.count else {
      return problem("a comment would be lost or split", at: nil, in: file)
    }
    for (comment, formattedComment) in zip(original.comments, lexed.comments)
    where trimmed(comment.text) != formattedComment.text {
      return problem("a comment would change", at: comment.range, in: file)
    }
    return nil
  }

  private static func same(_ token: Token, in file: SourceFile, as other: Token, in otherFile: SourceFile) -> Bool {
    guard token.kind == other.kind else { return false }
    if token.kind == .string {
      return token.stringValue == other.stringValue && token.isMultiline == other.isMultiline
    }
    return file.bytes[token.start..<token.end].elementsEqual(otherFile.bytes[other.start..<other.end])
  }

  private static func trimmed(_ text: String) -> String {
    var scalars = Substring(text).unicodeScalars
    while let last = scalars.last, last == " " || last == "\t" || last == "\r" || last == "\u{0C}" || last == "\u{0B}" {
      scalars.removeLast()
    }
    return String(scalars)
  }

  private static func problem(_ what: String, atToken token: Token, in file: SourceFile) -> Diagnostic {
    problem(what, at: SourceRange(file: file, start: token.start, end: token.end), in: file)
  }

  private static func problem(_ what: String, at range: SourceRange?, in file: SourceFile) -> Diagnostic {
    Diagnostic(
      LanguageCode.syntax, .error,
      "\(file.path) was not formatted: \(what) (an error in EngageMap's formatter; please report it with the file)",
      at: range ?? SourceRange(file: file, start: 0, end: 0))
  }
}
