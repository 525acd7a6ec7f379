extension SyntaxParser {
  /// What a fix-it writes where an `allow` has no reason, for the author to replace.
  static let reasonPlaceholder = "\"say why this finding does not apply here\""

  /// `allow EM0301 "one-to-one interview"`: a rule's code or name (hyphens allowed, as in
  /// `settings`), then a reason in a string, which is required and may not be blank. Whether
  /// the rule exists is checked with the catalogue, after the model resolves.
  mutating func parseAllow() -> AllowDecl? {
    let keyword = advance()
    let ruleToken = peek()
    guard ruleToken.kind == .identifier else {
      reportExpected(
        "expected a rule code or name after 'allow'\(found(ruleToken)), as in 'allow EM0301 \"one-to-one interview\"'",
        at: ruleToken)
      skipStatement()
      return nil
    }
    advance()
    let rule = identifier(ruleToken)
    let reasonToken = peek()
    guard reasonToken.kind == .string else {
      let message =
        "'allow \(Self.abbreviate(rule.name))' needs a reason in quotes\(found(reasonToken)); "
        + "say why the finding does not apply here, as in 'allow \(Self.abbreviate(rule.name)) \"one-to-one interview\"'"
      switch reasonToken.kind {
      case .newline, .endOfFile, .rightBrace:
        let gap = range(from: lastEnd, to: lastEnd)
        report(
          LanguageCode.syntax, message, at: gap,
          fixIts: [FixIt("insert a reason", range: gap, replacement: " " + Self.reasonPlaceholder)])
      default:
        report(LanguageCode.syntax, message, at: range(reasonToken))
        skipStatement()
      }
      return nil
    }
    advance()
    let reason = stringLiteral(reasonToken)
    guard reason.value.contains(where: { !$0.isWhitespace }) else {
      report(
        LanguageCode.invalidValue,
        "the reason of 'allow \(Self.abbreviate(rule.name))' is empty; say why the finding does not apply here",
        at: reason.range,
        fixIts: [FixIt("write a reason", range: reason.range, replacement: Self.reasonPlaceholder)])
      return nil
    }
    return AllowDecl(rule: rule, reason: reason, range: range(from: keyword.start, to: reasonToken.end))
  }
}
