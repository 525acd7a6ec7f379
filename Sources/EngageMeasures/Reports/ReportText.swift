import EngageLanguage
import EngageModel

/// Numbers as reports print them: integers without a decimal point, others rounded to at most
/// two decimals, never in exponent form; the same bytes on every machine.
public enum ReportNumber {
  public static func format(_ value: Double) -> String {
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
}

/// How reports write targets, values and units.
public enum ReportText {
  /// `>= 80`, `between 2 and 5`.
  public static func threshold(_ threshold: Threshold?) -> String {
    switch threshold {
    case .compare(let comparator, let bound): "\(comparator.rawValue) \(ReportNumber.format(bound))"
    case .between(let low, let high): "between \(ReportNumber.format(low)) and \(ReportNumber.format(high))"
    case nil: "—"
    }
  }

  /// A threshold with its unit and mathematical signs, for documents: `≥ 80 %`, `≤ 2 days`.
  public static func typographicThreshold(_ threshold: Threshold?, unit: MeasureUnit?) -> String {
    guard case .compare(let comparator, let bound) = threshold else { return Self.threshold(threshold, unit: unit) }
    return withUnit("\(sign(comparator)) \(ReportNumber.format(bound))", unit: unit)
  }

  /// The mathematical sign of a comparator: `≥`, `≤`, `>`, `<`, `=`.
  public static func sign(_ comparator: Comparator) -> String {
    switch comparator {
    case .greaterOrEqual: "≥"
    case .lessOrEqual: "≤"
    case .greater: ">"
    case .less: "<"
    case .equal: "="
    }
  }

  /// A threshold with its unit: `>= 80 %`, `<= 2 days`.
  public static func threshold(_ threshold: Threshold?, unit: MeasureUnit?) -> String {
    guard threshold != nil else { return "—" }
    return withUnit(Self.threshold(threshold), unit: unit)
  }

  /// A value with its unit: `82.5 %`, `3 days`.
  public static func value(_ value: Double?, unit: MeasureUnit?) -> String {
    guard let value else { return "—" }
    return withUnit(ReportNumber.format(value), unit: unit)
  }

  static func withUnit(_ text: String, unit: MeasureUnit?) -> String {
    switch unit {
    case .percent: "\(text) %"
    case .days, .hours, .minutes: "\(text) \(unit?.rawValue ?? "")"
    case .count, .ratio, .score, .currency, nil: text
    }
  }

  /// `improving`, `worsening`, `steady`, or `—` when there is no trend.
  public static func trend(_ trend: Trend?) -> String { trend?.rawValue ?? "—" }

  /// Where a measure is declared, as `process planning`, `megaprocess care`, `relation handover`.
  public static func scope(_ scope: MeasureScope) -> (kind: String, id: String) {
    switch scope {
    case .process(let id): ("process", id)
    case .megaprocess(let id): ("megaprocess", id)
    case .relation(let id): ("relation", id)
    }
  }

  /// The line under a report's title: which period, and why.
  public static func periodLine(_ report: MeasureReport) -> String {
    report.periodWasGiven
      ? "Period \(report.period) (as requested)"
      : "Period \(report.period) (the latest period in the data)"
  }

  /// The value's period when it is not the evaluated one: `2026-09`; empty otherwise.
  public static func valuePeriodNote(_ result: MeasureResult, report: MeasureReport) -> String {
    guard let period = result.valuePeriod, period != report.period else { return "" }
    return period.description
  }

  /// The rows of roll-ups in report order: organisation, goals, mega-processes, processes.
  public static func rollUpRows(_ report: MeasureReport) -> [StatusRollUp] {
    [report.organisation] + report.goals + report.megaprocesses + report.processes
  }
}
