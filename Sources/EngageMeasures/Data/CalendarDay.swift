import EngageLanguage

/// A day of the proleptic Gregorian calendar, counted from 1970-01-01, with no time zone:
/// periods are calendar spans, so date arithmetic never depends on where the tool runs.
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
  /// Days since 1970-01-01 (negative before it).
  public let ordinal: Int

  public init(ordinal: Int) { self.ordinal = ordinal }

  /// The day with a year, month (1–12) and day of month (1–31); out-of-range parts roll over.
  public init(year: Int, month: Int, day: Int) {
    ordinal = CivilCalendar.days(year: year, month: month, day: day)
  }

  /// The year, month and day of month.
  public var components: (year: Int, month: Int, day: Int) {
    CivilCalendar.date(days: ordinal)
  }

  /// ISO weekday: 1 is Monday, 7 is Sunday.
  public var isoWeekday: Int {
    // 1970-01-01 was a Thursday (4).
    let remainder = (ordinal + 3) % 7
    return (remainder < 0 ? remainder + 7 : remainder) + 1
  }

  public func adding(days: Int) -> CalendarDay { CalendarDay(ordinal: ordinal + days) }

  /// `2026-10-05`.
  public var description: String {
    let (year, month, day) = components
    return "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))"
  }

  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(abs(value))
    let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
    return value < 0 ? "-" + padded : padded
  }

  public static func < (lhs: Self, rhs: Self) -> Bool { lhs.ordinal < rhs.ordinal }
}
