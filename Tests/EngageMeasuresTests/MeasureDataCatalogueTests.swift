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
      MeasureDataCode.malformedRow, MeasureDataCode.unknownColumn,
    ]
    #expect(Self.entries.map(\.code) == codes)
    #expect(codes.map(\.rawValue) == (1...8).map { String(format: "EM04%02d", $0) })
    #expect(MeasureDataCatalogue.family.codeSpan == "EM0401–EM0408")
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

  @Test(arguments: [("EM0405", "EM0405"), ("em0401", "EM0401"), ("unknown-column", "EM0408"), ("EM0409", nil)])
  func findsAnEntryByCodeOrName(query: String, code: String?) {
    #expect(MeasureDataCatalogue.family.entry(query)?.code.rawValue == code)
  }
}
