import EngageLanguage

/// How every output writes a measure's numbers, values, units and thresholds: the measures
/// reports (text, Markdown, CSV, JSON, HTML), the maps, and the diagnostics of the data reader
/// and the rules. Maps and reports print the same text for the same value.
///
/// - Numbers: integers without a decimal point, others rounded to at most two decimals (`82.5`,
///   `7.13`); the same bytes on every machine. (Magnitudes from 10^15, which a model cannot
///   declare, print in Swift's own form.)
/// - Units: ` %` after a percentage (`80 %`), the unit's own word after a duration (`3 days`,
///   `2 hours`, `15 minutes`), nothing after a count, ratio, score or currency.
/// - Thresholds: `>= 80 %`, `between 2 and 8 hours`. The `typographic` style, for maps and HTML
///   pages (and Markdown, which is read rendered), writes the comparator as a mathematical sign
///   (`≥ 80 %`); that is the only difference between the styles.
public enum MeasureText {
  /// How comparators are written.
  public enum Style: Sendable, Hashable {
    /// `>=`, `<=`, `>`, `<`, `=`: the model's own notation, for terminals, CSV, JSON and
    /// diagnostics.
    case plain
    /// `≥`, `≤`, `>`, `<`, `=`.
    case typographic
  }

  /// `76`, `82.5`, `7.13`, `-2`; `nan`, `inf` and `-inf` for non-finite values.
  public static func number(_ value: Double) -> String {
    guard value.isFinite else { return value.isNaN ? "nan" : (value < 0 ? "-inf" : "inf") }
    let hundredths = (value * 100).rounded()
    guard abs(hundredths) < 1e17 else { return String(describing: value) }
    let whole = Int64(hundredths)
    let sign = whole < 0 ? "-" : ""
    let magnitude = whole.magnitude
    let integer = magnitude / 100
    let fraction = magnitude % 100
    if fraction == 0 { return "\(sign)\(integer)" }
    let digits = fraction % 10 == 0 ? "\(fraction / 10)" : (fraction < 10 ? "0\(fraction)" : "\(fraction)")
    return "\(sign)\(integer).\(digits)"
  }

  /// A value with its unit: `82.5 %`, `3 days`, `12`.
  public static func value(_ value: Double, unit: MeasureUnit?) -> String {
    withUnit(number(value), unit: unit)
  }

  /// A threshold with its unit: `>= 80 %`, `between 2 and 8 hours`; `≥ 80 %` when typographic.
  public static func threshold(_ threshold: Threshold, unit: MeasureUnit? = nil, style: Style = .plain) -> String {
    let text =
      switch threshold {
      case .compare(let comparator, let bound): compare(comparator, number(bound), style: style)
      case .between(let low, let high): between(number(low), number(high))
      }
    return withUnit(text, unit: unit)
  }

  /// A threshold as the model writes it, with the numbers exactly as typed (`>= 90.0`,
  /// `between 70 and 80`): for diagnostics that quote the model.
  public static func threshold(asWritten threshold: ThresholdValue) -> String {
    switch threshold {
    case .compare(let comparator, let bound): compare(comparator, bound.text, style: .plain)
    case .between(let low, let high): between(low.text, high.text)
    }
  }

  /// A comparator: its own spelling when plain, its mathematical sign when typographic.
  public static func comparator(_ comparator: Comparator, style: Style) -> String {
    guard style == .typographic else { return comparator.rawValue }
    return switch comparator {
    case .greaterOrEqual: "≥"
    case .lessOrEqual: "≤"
    case .greater: ">"
    case .less: "<"
    case .equal: "="
    }
  }

  /// A step's duration: `2 days`, `1.5 hours`, `1 day`.
  public static func duration(_ duration: StepDuration) -> String {
    let amount = number(duration.amount)
    return "\(amount) \(counted(duration.unit.rawValue, amount))"
  }

  /// A plural unit word (`days`), in the singular after exactly `1`.
  private static func counted(_ pluralWord: String, _ amount: String) -> String {
    amount == "1" && pluralWord.hasSuffix("s") ? String(pluralWord.dropLast()) : pluralWord
  }

  private static func compare(_ comparator: Comparator, _ bound: String, style: Style) -> String {
    "\(self.comparator(comparator, style: style)) \(bound)"
  }

  private static func between(_ low: String, _ high: String) -> String {
    "between \(low) and \(high)"
  }

  private static func withUnit(_ text: String, unit: MeasureUnit?) -> String {
    guard let unit else { return text }
    return switch unit {
    case .percent: "\(text) %"
    case .days, .hours, .minutes: "\(text) \(counted(unit.rawValue, text))"
    case .count, .ratio, .score, .currency: text
    }
  }
}
