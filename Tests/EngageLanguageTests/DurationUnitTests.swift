import EngageLanguage
import Testing

/// Step durations accept each unit in the plural and the singular, and months; the syntax tree
/// holds the unit in the plural whatever the spelling.
@Suite struct DurationUnitTests {
  static let spellings: [(written: String, amount: Double, unit: DurationUnit)] = [
    ("1 minute", 1, .minutes), ("15 minutes", 15, .minutes),
    ("1 hour", 1, .hours), ("72 hours", 72, .hours),
    ("1 day", 1, .days), ("2 days", 2, .days), ("2 day", 2, .days),
    ("1 week", 1, .weeks), ("3 weeks", 3, .weeks),
    ("1 month", 1, .months), ("6 months", 6, .months), ("0.5 month", 0.5, .months),
  ]

  @Test(arguments: spellings)
  func durationIsReadInEitherSpelling(_ written: String, _ amount: Double, _ unit: DurationUnit) throws {
    let result = Parser.parse(SourceFile(path: "d.engage", text: "process p {\n  step s { duration \(written) }\n}\n"))
    #expect(result.diagnostics.isEmpty)
    guard case .process(let process)? = result.syntax.declarations.first else {
      Issue.record("no process")
      return
    }
    let duration = try #require(process.steps.first?.duration?.value)
    #expect(duration.amount.value == amount)
    #expect(duration.unit.value == unit)
    #expect(duration.unit.range.file.text(of: duration.unit.range) == String(written.split(separator: " ")[1]))
  }

  @Test func everyUnitHasItsSingular() {
    #expect(DurationUnit.allCases.map(\.singular) == ["minute", "hour", "day", "week", "month"])
    for unit in DurationUnit.allCases {
      #expect(DurationUnit(spelling: unit.rawValue) == unit)
      #expect(DurationUnit(spelling: unit.singular) == unit)
    }
    #expect(DurationUnit(spelling: "fortnight") == nil)
    #expect(DurationUnit(spelling: "Days") == nil)
  }

  @Test func aMonthIsThirtyDays() {
    #expect(DurationUnit.hours.lengthInMinutes == 60)
    #expect(DurationUnit.days.lengthInMinutes == 24 * 60)
    #expect(DurationUnit.weeks.lengthInMinutes == 7 * DurationUnit.days.lengthInMinutes)
    #expect(DurationUnit.months.lengthInMinutes == 30 * DurationUnit.days.lengthInMinutes)
  }

  @Test func otherVocabulariesKeepOneSpelling() {
    #expect(MeasureUnit(spelling: "day") == nil)
    #expect(MeasureUnit.otherSpellings.isEmpty)
    #expect(DurationUnit.otherSpellings == ["minute", "hour", "day", "week", "month"])
  }
}
