/// A reporting period as a data file writes it: a month `2026-10`, a quarter `2026-Q3`, an ISO
/// week `2026-W41` or a year `2026`.
///
/// Periods of different kinds compare by their calendar span (start day, then end day), so a
/// data set may mix kinds and staleness can be judged across them.
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
  /// How long a period is.
  public enum Kind: String, Sendable, Hashable, CaseIterable, Codable {
    case week, month, quarter, year
  }

  public let kind: Kind
  /// The calendar year; for a week, the ISO week-numbering year.
  public let year: Int
  /// The week (1–53), month (1–12) or quarter (1–4) in the year; 1 for a year.
  public let number: Int

  /// A validated period; `nil` when the number is outside its kind's range for that year.
  public init?(kind: Kind, year: Int, number: Int) {
    guard (1...9999).contains(year) else { return nil }
    switch kind {
    case .week: guard (1...Self.isoWeeks(in: year)).contains(number) else { return nil }
    case .month: guard (1...12).contains(number) else { return nil }
    case .quarter: guard (1...4).contains(number) else { return nil }
    case .year: guard number == 1 else { return nil }
    }
    self.kind = kind
    self.year = year
    self.number = number
  }

  /// Parses a period as written in a data file or on the command line.
  public init(parsing text: String) throws(PeriodError) {
    self = try Self.parse(text)
  }

  /// The period of a kind that contains a day.
  public static func containing(_ day: CalendarDay, kind: Kind) -> Period {
    let (year, month, _) = day.components
    let clampedYear = min(max(year, 1), 9999)
    switch kind {
    case .year: return Period(uncheckedKind: .year, year: clampedYear, number: 1)
    case .quarter: return Period(uncheckedKind: .quarter, year: clampedYear, number: (month - 1) / 3 + 1)
    case .month: return Period(uncheckedKind: .month, year: clampedYear, number: month)
    case .week:
      let thursday = day.adding(days: 4 - day.isoWeekday)
      let weekYear = thursday.components.year
      let week = (thursday.ordinal - CalendarDay(year: weekYear, month: 1, day: 1).ordinal) / 7 + 1
      return Period(uncheckedKind: .week, year: min(max(weekYear, 1), 9999), number: week)
    }
  }

  private init(uncheckedKind kind: Kind, year: Int, number: Int) {
    self.kind = kind
    self.year = year
    self.number = number
  }

  /// The first day of the period.
  public var start: CalendarDay {
    switch kind {
    case .year: CalendarDay(year: year, month: 1, day: 1)
    case .quarter: CalendarDay(year: year, month: (number - 1) * 3 + 1, day: 1)
    case .month: CalendarDay(year: year, month: number, day: 1)
    case .week: Self.mondayOfWeekOne(year).adding(days: (number - 1) * 7)
    }
  }

  /// The last day of the period.
  public var end: CalendarDay {
    switch kind {
    case .year: CalendarDay(year: year + 1, month: 1, day: 1).adding(days: -1)
    case .quarter: CalendarDay(year: year, month: number * 3 + 1, day: 1).adding(days: -1)
    case .month: CalendarDay(year: year, month: number + 1, day: 1).adding(days: -1)
    case .week: start.adding(days: 6)
    }
  }

  /// The period of the same kind that follows this one.
  public var next: Period { Self.containing(end.adding(days: 1), kind: kind) }

  /// The period of the same kind that precedes this one.
  public var previous: Period { Self.containing(start.adding(days: -1), kind: kind) }

  /// Whether a day falls inside the period.
  public func contains(_ day: CalendarDay) -> Bool { day >= start && day <= end }

  /// The canonical spelling: `2026-10`, `2026-Q3`, `2026-W41`, `2026`.
  public var description: String {
    let yearText = CalendarDay.pad(year, 4)
    switch kind {
    case .year: return yearText
    case .quarter: return "\(yearText)-Q\(number)"
    case .month: return "\(yearText)-\(CalendarDay.pad(number, 2))"
    case .week: return "\(yearText)-W\(CalendarDay.pad(number, 2))"
    }
  }

  /// How many ISO weeks a week-numbering year has: 53 when it starts on a Thursday, or on a
  /// Wednesday in a leap year; 52 otherwise.
  public static func isoWeeks(in year: Int) -> Int {
    (mondayOfWeekOne(year + 1).ordinal - mondayOfWeekOne(year).ordinal) / 7
  }

  /// Week 1 is the week with the year's first Thursday, so it contains 4 January.
  private static func mondayOfWeekOne(_ year: Int) -> CalendarDay {
    let fourth = CalendarDay(year: year, month: 1, day: 4)
    return fourth.adding(days: 1 - fourth.isoWeekday)
  }

  public static func < (lhs: Period, rhs: Period) -> Bool {
    if lhs.start != rhs.start { return lhs.start < rhs.start }
    return lhs.end < rhs.end
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    do {
      self = try Self.parse(text)
    } catch {
      throw DecodingError.dataCorrupted(
        DecodingError.Context(codingPath: decoder.codingPath, debugDescription: error.message))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

/// Why a period could not be read, in words for a diagnostic.
public struct PeriodError: Error, Sendable, Hashable, CustomStringConvertible {
  public let message: String
  public init(_ message: String) { self.message = message }
  public var description: String { message }
}

extension Period {
  static let expectedForms = "a month (2026-10), quarter (2026-Q3), ISO week (2026-W41) or year (2026)"

  static func parse(_ raw: String) throws(PeriodError) -> Period {
    let text = raw.trimmingASCIIWhitespace()
    guard !text.isEmpty else { throw PeriodError("the period is empty; expected \(expectedForms)") }
    let parts = text.split(separator: "-", omittingEmptySubsequences: false).map(String.init)
    guard parts.count <= 2 else { throw PeriodError("unknown period '\(DataText.shown(text))'; expected \(expectedForms)") }
    let yearText = parts[0]
    guard yearText.allSatisfy(\.isASCIIDigit), !yearText.isEmpty else {
      throw PeriodError("unknown period '\(DataText.shown(text))'; expected \(expectedForms)")
    }
    guard yearText.count == 4 else {
      throw PeriodError("unknown period '\(DataText.shown(text))': the year must have four digits (2026)")
    }
    let year = Int(yearText) ?? 0
    guard year >= 1 else { throw PeriodError("unknown period '\(DataText.shown(text))': there is no year 0000") }
    guard parts.count == 2 else { return Period(uncheckedKind: .year, year: year, number: 1) }

    let rest = parts[1]
    if let marker = rest.first, marker == "Q" || marker == "q" {
      let digits = String(rest.dropFirst())
      guard digits.count == 1, digits.allSatisfy(\.isASCIIDigit), let quarter = Int(digits) else {
        throw PeriodError("unknown period '\(DataText.shown(text))': a quarter is written 2026-Q1 to 2026-Q4")
      }
      guard let period = Period(kind: .quarter, year: year, number: quarter) else {
        throw PeriodError("unknown period '\(DataText.shown(text))': quarter \(quarter) is not between Q1 and Q4")
      }
      return period
    }
    if let marker = rest.first, marker == "W" || marker == "w" {
      let digits = String(rest.dropFirst())
      guard digits.count == 2, digits.allSatisfy(\.isASCIIDigit), let week = Int(digits) else {
        throw PeriodError("unknown period '\(DataText.shown(text))': an ISO week is written with two digits, 2026-W01 to 2026-W53")
      }
      guard let period = Period(kind: .week, year: year, number: week) else {
        throw PeriodError(
          "unknown period '\(DataText.shown(text))': week \(week) does not exist; ISO year \(yearText) has weeks W01 to W\(Self.isoWeeks(in: year))")
      }
      return period
    }
    guard rest.count == 2, rest.allSatisfy(\.isASCIIDigit), let month = Int(rest) else {
      throw PeriodError("unknown period '\(DataText.shown(text))'; expected \(expectedForms)")
    }
    guard let period = Period(kind: .month, year: year, number: month) else {
      throw PeriodError("unknown period '\(DataText.shown(text))': month \(rest) is not between 01 and 12")
    }
    return period
  }
}

extension Character {
  var isASCIIDigit: Bool { isASCII && isNumber }
}

extension String {
  func trimmingASCIIWhitespace() -> String {
    let scalars = unicodeScalars
    let isSpace: (Unicode.Scalar) -> Bool = { $0 == " " || $0 == "\t" || $0 == "\r" || $0 == "\n" }
    guard let first = scalars.firstIndex(where: { !isSpace($0) }),
      let last = scalars.lastIndex(where: { !isSpace($0) })
    else { return "" }
    return String(scalars[first...last])
  }
}
