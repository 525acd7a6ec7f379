/// The ANSI terminal styles of EngageMap's coloured output (diagnostics, the measures report),
/// the only place that writes escape sequences. Whether to colour at all is
/// `DiagnosticTextFormatter.shouldUseColour`'s decision.
public struct TerminalStyle: Sendable, Hashable {
  /// The SGR parameters, e.g. `1;31` for bold red.
  public let parameters: String

  public init(_ parameters: String) { self.parameters = parameters }

  /// `text` in this style, followed by a reset to the terminal's default.
  public func paint(_ text: String) -> String {
    "\u{1B}[\(parameters)m" + text + "\u{1B}[0m"
  }

  public static let bold = TerminalStyle("1")
  public static let dim = TerminalStyle("2")
  public static let boldRed = TerminalStyle("1;31")
  public static let boldGreen = TerminalStyle("1;32")
  public static let boldMagenta = TerminalStyle("1;35")
  public static let boldCyan = TerminalStyle("1;36")
  /// Bold black, which terminals show as dark grey.
  public static let boldGrey = TerminalStyle("1;30")
  public static let yellow = TerminalStyle("33")
  public static let blue = TerminalStyle("34")
  public static let magenta = TerminalStyle("35")
  /// Bold orange from the 256-colour palette (colour 202).
  public static let boldOrange = TerminalStyle("1;38;5;202")
}
