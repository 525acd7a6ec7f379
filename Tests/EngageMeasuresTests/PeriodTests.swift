import EngageMeasures
import Testing

@Suite struct PeriodTests {
  @Test(arguments: [
    ("2026-10", Period.Kind.month, 2026, 10, "2026-10"),
    ("2026-01", .month, 2026, 1, "2026-01"),
    ("2026-Q3", .quarter, 2026, 3, "2026-Q3"),
    ("2026-q1", .quarter, 2026, 1, "2026-Q1"),
    ("2026-W41", .week, 2026, 41, "2026-W41"),
    ("2026-W53", .week, 2026, 53, "2026-W53"),
    ("2020-w01", .week, 2020, 1, "2020-W01"),
    ("2026", .year, 2026, 1, "2026"),
    (" 2026-10 ", .month, 2026, 10, "2026-10"),
  ])
  func parsesEveryKind(text: String, kind: Period.Kind, year: Int, number: Int, canonical: String) throws {
    let period = try Period(parsing: text)
    #expect(period.kind == kind)
    #expect(period.year == year)
    #expect(period.number == number)
    #expect(period.description == canonical)
  }

  @Test(arguments: [
    ("2026-13", "month 13 is not between 01 and 12"),
    ("2026-00", "month 00 is not between 01 and 12"),
    ("2026-Q5", "quarter 5 is not between Q1 and Q4"),
    ("2026-Q0", "quarter 0 is not between Q1 and Q4"),
    ("2026-Q12", "a quarter is written 2026-Q1 to 2026-Q4"),
    ("2026-W54", "week 54 does not exist; ISO year 2026 has weeks W01 to W53"),
    ("2027-W53", "week 53 does not exist; ISO year 2027 has weeks W01 to W52"),
    ("2026-W00", "week 0 does not exist"),
    ("2026-W5", "an ISO week is written with two digits"),
    ("26-01", "the year must have four digits"),
    ("20261", "the year must have four digits"),
    ("2026-1", "expected a month (2026-10)"),
    ("2026/10", "expected a month (2026-10)"),
    ("2026-10-01", "expected a month (2026-10)"),
    ("October", "expected a month (2026-10)"),
    ("0000", "there is no year 0000"),
    ("", "the period is empty"),
  ])
  func rejectsInvalidForms(text: String, expected: String) {
    #expect {
      try Period(parsing: text)
    } throws: { error in
      (error as? PeriodError)?.message.contains(expected) ?? false
    }
  }

  @Test(arguments: [
    ("2026-10", "2026-10-01", "2026-10-31"),
    ("2024-02", "2024-02-01", "2024-02-29"),
    ("2026-Q1", "2026-01-01", "2026-03-31"),
    ("2026-Q4", "2026-10-01", "2026-12-31"),
    ("2026-W41", "2026-10-05", "2026-10-11"),
    ("2026-W01", "2025-12-29", "2026-01-04"),
    ("2026-W53", "2026-12-28", "2027-01-03"),
    ("2021-W01", "2021-01-04", "2021-01-10"),
    ("2026", "2026-01-01", "2026-12-31"),
  ])
  func convertsToADateSpan(text: String, start: String, end: String) throws {
    let period = try Period(parsing: text)
    #expect(period.start.description == start)
    #expect(period.end.description == end)
  }

  @Test(arguments: [
    ("2026-12", "2027-01", "2026-11"),
    ("2026-Q4", "2027-Q1", "2026-Q3"),
    ("2026-W53", "2027-W01", "2026-W52"),
    ("2027-W01", "2027-W02", "2026-W53"),
    ("2025-W52", "2026-W01", "2025-W51"),
    ("2026", "2027", "2025"),
  ])
  func stepsToNextAndPrevious(text: String, next: String, previous: String) throws {
    let period = try Period(parsing: text)
    #expect(period.next.description == next)
    #expect(period.previous.description == previous)
  }

  @Test(arguments: [(2015, 53), (2020, 53), (2021, 52), (2026, 53), (2027, 52), (2032, 53)])
  func countsISOWeeks(year: Int, weeks: Int) {
    #expect(Period.isoWeeks(in: year) == weeks)
  }

  @Test(arguments: [
    ("2027-01-01", Period.Kind.week, "2026-W53"),
    ("2024-12-30", .week, "2025-W01"),
    ("2026-10-05", .week, "2026-W41"),
    ("2026-10-05", .month, "2026-10"),
    ("2026-10-05", .quarter, "2026-Q4"),
    ("2026-10-05", .year, "2026"),
  ])
  func findsThePeriodContainingADay(day: String, kind: Period.Kind, expected: String) throws {
    let parts = day.split(separator: "-").compactMap { Int($0) }
    try #require(parts.count == 3)
    let calendarDay = CalendarDay(year: parts[0], month: parts[1], day: parts[2])
    #expect(calendarDay.description == day)
    #expect(Period.containing(calendarDay, kind: kind).description == expected)
  }

  @Test func ordersAcrossKindsByCalendarSpan() throws {
    let texts = ["2026-Q4", "2026", "2026-10", "2026-W40", "2026-09", "2025-W52"]
    let sorted = try texts.map { try Period(parsing: $0) }.sorted().map(\.description)
    #expect(sorted == ["2025-W52", "2026", "2026-09", "2026-W40", "2026-10", "2026-Q4"])
  }

  @Test func weekdaysFollowISONumbering() {
    #expect(CalendarDay(year: 1970, month: 1, day: 1).isoWeekday == 4)
    #expect(CalendarDay(year: 2026, month: 10, day: 5).isoWeekday == 1)
    #expect(CalendarDay(year: 1969, month: 12, day: 28).isoWeekday == 7)
  }
}
