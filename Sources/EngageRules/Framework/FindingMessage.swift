import EngageLanguage

extension Finding {
  /// A finding's text, declared beside its rule as a static member of `Finding.Message`
  /// (after swift-format's `Finding.Message`), so that every message a rule can produce is
  /// written in one place and says how to fix the problem.
  public struct Message: Sendable, Hashable, ExpressibleByStringInterpolation, CustomStringConvertible {
    public let text: String

    public init(_ text: String) { self.text = text }
    public init(stringLiteral value: String) { self.text = value }

    public var description: String { text }
  }

  /// A finding with a typed message.
  public init(
    _ message: Message, at range: SourceRange?, notes: [DiagnosticNote] = [], fixIts: [FixIt] = []
  ) {
    self.init(message.text, at: range, notes: notes, fixIts: fixIts)
  }
}
