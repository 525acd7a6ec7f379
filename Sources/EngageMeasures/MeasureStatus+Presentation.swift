extension MeasureStatus {
  /// A symbol that tells the status apart without colour (grey-scale print, colour blindness);
  /// the same symbols as the coloured maps.
  public var symbol: String {
    switch self {
    case .met: "✓"
    case .warning: "!"
    case .missed: "✗"
    case .stale: "◷"
    case .noData: "?"
    }
  }

  /// The symbol and the word: `✓ met`.
  public var labelWithSymbol: String { "\(symbol) \(rawValue)" }
}
