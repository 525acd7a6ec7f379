/// Prints diagnostics as compilers do: `path:line:col: error: message [EM0001]`, the source line,
/// a caret line under the range, then notes and fix-its. A suppressed finding (printed only when
/// asked for) ends its first line in `(suppressed)` and closes with a note at its `allow`.
///
/// The caret line copies the tabs of the source line and pads every other character by its
/// display width (see `displayWidth(of:)`), so the caret stays under the range whatever the tab
/// width, and wide characters such as emoji and CJK take two cells. The column in the location
/// still counts UTF-8 bytes. Lines longer than `maximumLineBytes` are shown as a window around
/// the range, marked with `...`.
public struct DiagnosticTextFormatter: Sendable {
  public let colour: Bool
  /// Source lines longer than this many bytes are cut to a window around the range.
  public static let maximumLineBytes = 400

  public init(colour: Bool) {
    self.colour = colour
  }

  /// Whether to colour output: only on a terminal, never when `NO_COLOR` is set to a non-empty
  /// value (an empty `NO_COLOR` is ignored, as no-color.org specifies) and never when `TERM` is
  /// `dumb`.
  public static func shouldUseColour(environment: [String: String], isTerminal: Bool) -> Bool {
    guard isTerminal else { return false }
    if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return false }
    return environment["TERM"] != "dumb"
  }

  /// The diagnostics, in the order given, each line ending in a newline.
  public func format(_ diagnostics: [Diagnostic]) -> String {
    var lines: [String] = []
    for diagnostic in diagnostics {
      lines.append(header(diagnostic))
      if let range = diagnostic.range { lines.append(contentsOf: snippet(range)) }
      for note in diagnostic.notes {
        if let range = note.range {
          lines.append("\(bold("\(range):")) \(paint("note:", Style.note)) \(note.message)")
          lines.append(contentsOf: snippet(range))
        } else {
          lines.append("\(paint("note:", Style.note)) \(note.message)")
        }
      }
      for fixIt in diagnostic.fixIts {
        lines.append("  \(paint("fix-it:", Style.fixIt)) \(Self.describe(fixIt))")
      }
      if let suppression = diagnostic.suppression {
        lines.append("\(bold("\(suppression.range):")) \(paint("note:", Style.note)) suppressed here: \(suppression.reason)")
        lines.append(contentsOf: snippet(suppression.range))
      }
    }
    return lines.map { $0 + "\n" }.joined()
  }

  /// `replace 'x' with 'y'`, `insert 'y'` or `remove 'x'`.
  static func describe(_ fixIt: FixIt) -> String {
    let original = fixIt.range.file.text(of: fixIt.range)
    if original.isEmpty { return "insert '\(fixIt.replacement)'" }
    if fixIt.replacement.isEmpty { return "remove '\(original)'" }
    return "replace '\(original)' with '\(fixIt.replacement)'"
  }

  private func header(_ diagnostic: Diagnostic) -> String {
    let severity = paint("\(diagnostic.severity.rawValue):", Style.severity(diagnostic.severity))
    let suppressed = diagnostic.isSuppressed ? " (suppressed)" : ""
    let message = "\(bold(diagnostic.message)) [\(diagnostic.code)]\(suppressed)"
    guard let range = diagnostic.range else { return "\(severity) \(message)" }
    return "\(bold("\(range):")) \(severity) \(message)"
  }

  /// The source line of a range's start and the caret line under it.
  func snippet(_ range: SourceRange) -> [String] {
    guard let line = range.file.lineBounds(range.startLocation.line) else { return [] }
    let bytes = range.file.bytes
    let lineStart = line.lowerBound
    let lineEnd = line.upperBound
    let start = min(max(range.start, lineStart), lineEnd)
    let end = min(max(range.end, start), lineEnd)

    var windowStart = lineStart
    var windowEnd = lineEnd
    if lineEnd - lineStart > Self.maximumLineBytes {
      let margin = Self.maximumLineBytes / 2
      windowStart = max(lineStart, start - margin)
      while windowStart > lineStart, windowStart < bytes.count, bytes[windowStart] & 0xC0 == 0x80 { windowStart -= 1 }
      windowEnd = min(lineEnd, max(min(end, start + Self.maximumLineBytes), start + 1) + margin)
      while windowEnd < lineEnd, bytes[windowEnd] & 0xC0 == 0x80 { windowEnd += 1 }
    }
    let lead = windowStart > lineStart ? "..." : ""
    let trail = windowEnd < lineEnd ? "..." : ""
    let prefix = Self.displayText(bytes[windowStart..<start])
    let covered = Self.displayText(bytes[start..<min(end, windowEnd)])
    let rest = Self.displayText(bytes[min(end, windowEnd)..<windowEnd])

    var padding = String(repeating: " ", count: lead.count)
    for character in prefix {
      if character == "\t" {
        padding.append("\t")
      } else {
        padding.append(String(repeating: " ", count: Self.displayWidth(of: character)))
      }
    }
    let underlineLength = max(1, covered.reduce(0) { $0 + ($1 == "\t" ? 1 : Self.displayWidth(of: $1)) })
    let underline = "^" + String(repeating: "~", count: underlineLength - 1)
    return [lead + prefix + covered + rest + trail, padding + paint(underline, Style.caret)]
  }

  /// Bytes decoded for display: invalid UTF-8 and control characters other than tab become
  /// U+FFFD, one column each.
  static func displayText(_ bytes: ArraySlice<UInt8>) -> String {
    let decoded = String(decoding: bytes, as: UTF8.self)
    guard decoded.unicodeScalars.contains(where: { ($0.value < 0x20 && $0 != "\t") || $0.value == 0x7F }) else {
      return decoded
    }
    var result = String.UnicodeScalarView()
    for scalar in decoded.unicodeScalars {
      result.append((scalar.value < 0x20 && scalar != "\t") || scalar.value == 0x7F ? "\u{FFFD}" : scalar)
    }
    return String(result)
  }

  /// How many terminal cells a character takes: 2 for East Asian Wide and Fullwidth characters
  /// and for emoji shown as emoji (including a text symbol followed by U+FE0F), 0 for a lone
  /// combining mark or format character (combining marks after a base add nothing), else 1.
  static func displayWidth(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let base = scalars.first else { return 0 }
    if base.isASCII { return 1 }
    let properties = base.properties
    switch properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .format: return 0
    default: break
    }
    if properties.isEmojiPresentation || isWide(base) { return 2 }
    if properties.isEmoji, scalars.contains("\u{FE0F}") { return 2 }
    return 1
  }

  /// The East Asian Wide (W) and Fullwidth (F) blocks outside the emoji, from Unicode's
  /// EastAsianWidth.txt, sorted by start.
  private static let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x2329...0x232A, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF,
    0x4E00...0x9FFF, 0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF,
    0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4,
    0x17000...0x18CFF, 0x1AFF0...0x1B2FF, 0x1F200...0x1F2FF, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
  ]

  private static func isWide(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    guard value >= 0x1100 else { return false }
    return wideRanges.contains { $0.contains(value) }
  }

  // MARK: - Colour

  /// What each part of a diagnostic is painted in.
  private enum Style {
    static let note = TerminalStyle.boldGrey
    static let fixIt = TerminalStyle.boldGreen
    static let caret = TerminalStyle.boldGreen

    static func severity(_ severity: Severity) -> TerminalStyle {
      switch severity {
      case .error: .boldRed
      case .warning: .boldMagenta
      case .info: .boldCyan
      }
    }
  }

  private func paint(_ text: String, _ style: TerminalStyle) -> String {
    colour ? style.paint(text) : text
  }

  private func bold(_ text: String) -> String { paint(text, .bold) }
}
