import EngageLanguage
import EngageModel
import Foundation
import Testing

@testable import EngageMeasures

@Suite("Measure-data catalogue")
struct MeasureDataCatalogueTests {
  static let entries = MeasureDataCatalogue.family.entries

  @Test func listsEveryCodeOnceInCodeOrder() {
    let codes = [
      MeasureDataCode.unknownMeasure, MeasureDataCode.unparsableValue, MeasureDataCode.unknownPeriod,
      MeasureDataCode.duplicateRow, MeasureDataCode.valueOutOfRange, MeasureDataCode.badHeader,
      MeasureDataCode.malformedRow, MeasureDataCode.unknownColumn, MeasureDataCode.unterminatedQuote,
      MeasureDataCode.tooManyProblems,
    ]
    #expect(Self.entries.map(\.code) == codes)
    #expect(codes.map(\.rawValue) == (1...10).map { String(format: "EM04%02d", $0) })
    #expect(MeasureDataCatalogue.family.codeSpan == "EM0401–EM0410")
  }

  @Test func everyEntryHasAUniqueKebabNameATitleAndADetail() {
    #expect(Set(Self.entries.map(\.name)).count == Self.entries.count)
    for entry in Self.entries {
      #expect(entry.name.wholeMatch(of: /[a-z]+(-[a-z]+)*/) != nil, "\(entry.name)")
      #expect(entry.title.first?.isUppercase == true, "\(entry.code)")
      #expect(entry.detail.hasSuffix("."), "\(entry.code)")
    }
    #expect(Self.entries.filter { $0.severity == .warning }.map(\.code) == [MeasureDataCode.unknownColumn])
  }

  @Test(arguments: [("EM0405", "EM0405"), ("em0401", "EM0401"), ("unknown-column", "EM0408"), ("unterminated-quote", "EM0409"), ("EM0411", nil)])
  func findsAnEntryByCodeOrName(query: String, code: String?) {
    #expect(MeasureDataCatalogue.family.entry(query)?.code.rawValue == code)
  }

  /// The out-of-range detail is the unit-range table's own sentence, as is docs/MEASURES.md.
  @Test func outOfRangeDetailComesFromTheUnitRangeTable() throws {
    let entry = try #require(MeasureDataCatalogue.family.entry("value-out-of-range"))
    #expect(entry.detail == "The value lies outside its unit's range: \(MeasureUnit.admissibleRangeSummary).")
    let measuresDocument = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("docs/MEASURES.md")
    let document = try String(contentsOf: measuresDocument, encoding: .utf8)
    #expect(document.contains("| EM0405 | error | value outside its unit's range: \(MeasureUnit.admissibleRangeSummary) |"))
  }

  /// The reader rejects exactly the values the table does not admit, and says so from the table.
  @Test(arguments: [
    ("percent", "-0.5", "the unit percent takes values 0–100"), ("percent", "100.01", "the unit percent takes values 0–100"),
    ("percent", "0", nil), ("percent", "100", nil), ("count", "-1", "the unit count takes values 0 or more"),
    ("hours", "-0.25", "the unit hours takes values 0 or more"), ("minutes", "0", nil), ("ratio", "-3", nil),
    ("score", "1e9", nil), ("currency", "-1e9", nil),
  ])
  func readerChecksValuesAgainstTheUnitRangeTable(unit: String, value: String, problem: String?) throws {
    let model = """
      organisation o "O" { purpose "P" }
      process p "P" {
        start s "S"
        end e "E"
        s -> e
        measure m "M" {
          unit \(unit)
        }
      }
      """
    let loaded = ModelLoader.load(files: [SourceFile(path: "m.engage", text: model)], root: ".")
    let graph = try #require(loaded.graph)
    let data = MeasureDataReader.read(
      SourceFile(path: "data.csv", text: "measure,period,value\nm,2026-10,\(value)\n"), measures: graph.measures)
    let messages = data.diagnostics.filter { $0.code == MeasureDataCode.valueOutOfRange }.map(\.message)
    #expect(messages == problem.map { ["the value \(MeasureText.number(Double(value) ?? 0)) is outside the range of 'm' (\($0))"] } ?? [])
    let unitRange = try #require(MeasureUnit(rawValue: unit)).admissibleRange
    #expect(unitRange.contains(Double(value) ?? .nan) == (problem == nil))
  }
}
