import EngageLanguage
import Testing

@testable import EngageModel

/// One formatter for every number, value, unit and threshold EngageMap prints.
@Suite("MeasureText")
struct MeasureTextTests {
  @Test(arguments: [
    (0.0, "0"), (76, "76"), (82.5, "82.5"), (7.125, "7.13"), (0.333, "0.33"), (0.005, "0.01"), (-2, "-2"),
    (-0.001, "0"), (0.1 + 0.2, "0.3"), (1e-7, "0"), (123_456_789.126, "123456789.13"), (1e14, "100000000000000"),
    (.nan, "nan"), (.infinity, "inf"), (-.infinity, "-inf"),
  ])
  func numbers(value: Double, text: String) {
    #expect(MeasureText.number(value) == text)
  }

  /// Maps and reports print the same unit words: the unit's own name, `%` for percent.
  @Test(arguments: [
    (MeasureUnit.percent, "82.5 %"), (.days, "82.5 days"), (.hours, "82.5 hours"), (.minutes, "82.5 minutes"),
    (.count, "82.5"), (.ratio, "82.5"), (.score, "82.5"), (.currency, "82.5"),
  ])
  func valuesWithTheirUnit(unit: MeasureUnit, text: String) {
    #expect(MeasureText.value(82.5, unit: unit) == text)
  }

  @Test func aValueWithoutAUnitIsTheNumber() {
    #expect(MeasureText.value(3, unit: nil) == "3")
  }

  /// (threshold, unit, plain, typographic): the styles differ only in the comparator's sign.
  @Test(arguments: [
    (Threshold.compare(.greaterOrEqual, 80), MeasureUnit?.some(.percent), ">= 80 %", "≥ 80 %"),
    (.compare(.lessOrEqual, 2), .days, "<= 2 days", "≤ 2 days"),
    (.compare(.greater, 0.333), .minutes, "> 0.33 minutes", "> 0.33 minutes"),
    (.compare(.less, 5), nil, "< 5", "< 5"),
    (.compare(.equal, 1), .count, "= 1", "= 1"),
    (.between(2, 8), .hours, "between 2 and 8 hours", "between 2 and 8 hours"),
    (.between(2.5, 7.125), nil, "between 2.5 and 7.13", "between 2.5 and 7.13"),
  ])
  func thresholds(threshold: Threshold, unit: MeasureUnit?, plain: String, typographic: String) {
    #expect(MeasureText.threshold(threshold, unit: unit) == plain)
    #expect(MeasureText.threshold(threshold, unit: unit, style: .plain) == plain)
    #expect(MeasureText.threshold(threshold, unit: unit, style: .typographic) == typographic)
  }

  @Test func comparatorsAreTheirOwnSpellingOrAMathematicalSign() {
    #expect(Comparator.allCases.map { MeasureText.comparator($0, style: .plain) } == [">=", "<=", ">", "<", "="])
    #expect(Comparator.allCases.map { MeasureText.comparator($0, style: .typographic) } == ["≥", "≤", ">", "<", "="])
  }

  /// Diagnostics quote the model: the numbers exactly as typed, the same shape as `threshold`.
  @Test(arguments: [
    ("target >= 90.0", ">= 90.0"), ("target between 70 and 80", "between 70 and 80"), ("target < 90.50", "< 90.50"),
  ])
  func thresholdAsWritten(line: String, quoted: String) throws {
    let result = loadVirtual(
      """
      process p "P" {
        start s "S"
        end e "E"
        s -> e
        measure m "M" {
          \(line)
        }
      }
      """)
    let graph = try #require(result.graph)
    let target = try #require(graph.measures.first?.syntax.target)
    #expect(MeasureText.threshold(asWritten: target.value) == quoted)
  }

  @Test func durations() {
    #expect(MeasureText.duration(StepDuration(amount: 2, unit: .days)) == "2 days")
    #expect(MeasureText.duration(StepDuration(amount: 1.5, unit: .hours)) == "1.5 hours")
    #expect(MeasureText.duration(StepDuration(amount: 0.125, unit: .weeks)) == "0.13 weeks")
    #expect(MeasureText.duration(StepDuration(amount: 1, unit: .days)) == "1 day")
    #expect(MeasureText.duration(StepDuration(amount: 1, unit: .hours)) == "1 hour")
  }
}

/// The one table of the values each unit admits.
@Suite("Unit ranges")
struct UnitRangeTests {
  @Test(arguments: [
    (MeasureUnit.percent, [0.0, 50, 100], [-0.01, 100.01], "0–100"),
    (.count, [0, 1e12], [-1], "0 or more"), (.days, [0, 3.5], [-0.5], "0 or more"),
    (.hours, [0], [-1], "0 or more"), (.minutes, [0], [-1], "0 or more"),
    (.ratio, [-5, 0, 5], [], "any value"), (.score, [-1e9, 1e9], [], "any value"),
    (.currency, [-100, 100], [], "any value"),
  ])
  func admissibleRange(unit: MeasureUnit, admitted: [Double], refused: [Double], text: String) {
    let range = unit.admissibleRange
    #expect(admitted.allSatisfy(range.contains))
    #expect(!refused.contains(where: range.contains))
    #expect(range.text == text)
    #expect(range.isBounded == (text != "any value"))
  }

  @Test func anUpperBoundOnlyReadsAsOrLess() {
    #expect(UnitRange(lowerBound: nil, upperBound: 10).text == "10 or less")
    #expect(UnitRange(lowerBound: nil, upperBound: 10).contains(-1e300))
  }

  @Test func theSummaryGroupsUnitsOfTheSameRange() {
    #expect(
      MeasureUnit.admissibleRangeSummary
        == "`percent` takes 0–100; `count`, `days`, `hours` and `minutes` take 0 or more (`ratio`, `score` and `currency` are unbounded)"
    )
  }
}

/// The one definition of which way a comparator, a target and so a measure point.
@Suite("Comparator direction")
struct ComparatorDirectionTests {
  @Test func comparatorsPointUpDownOrNowhere() {
    #expect(Comparator.greaterOrEqual.direction == .up)
    #expect(Comparator.greater.direction == .up)
    #expect(Comparator.lessOrEqual.direction == .down)
    #expect(Comparator.less.direction == .down)
    #expect(Comparator.equal.direction == nil)
  }

  @Test func aTargetImpliesItsComparatorsDirection() {
    #expect(Threshold.compare(.greater, 1).impliedDirection == .up)
    #expect(Threshold.compare(.lessOrEqual, 1).impliedDirection == .down)
    #expect(Threshold.compare(.equal, 1).impliedDirection == nil)
    #expect(Threshold.between(1, 2).impliedDirection == nil)
  }

  /// (measure properties, resolved direction): declared wins, else the target's.
  @Test(arguments: [
    ("target >= 80", Direction?.some(.up)), ("target < 3", .down), ("target between 1 and 2", nil),
    ("target = 4", nil), ("target between 1 and 2\n    direction down", .down), ("direction up", .up),
  ])
  func aMeasureIsBetterTheWayItDeclaresOrItsTargetImplies(properties: String, direction: Direction?) throws {
    let result = loadVirtual(
      """
      process p "P" {
        start s "S"
        end e "E"
        s -> e
        measure m "M" {
          \(properties)
        }
      }
      """)
    let graph = try #require(result.graph)
    #expect(graph.measures.first?.direction == direction)
  }
}
