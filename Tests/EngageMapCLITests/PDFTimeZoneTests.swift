import Foundation
import Testing

/// `engagemap render --format pdf` writes the same bytes in every time zone, dated
/// `SOURCE_DATE_EPOCH` (else 1970) in UTC.
@Suite("engagemap render --format pdf is reproducible")
struct PDFTimeZoneTests {
  static let zones = ["UTC", "America/St_Johns", "Asia/Kathmandu", "Pacific/Kiritimati"]

  static func landscapePDF(zone: String, epoch: String?) throws -> [UInt8] {
    let scratch = try ScratchDirectory()
    let result = try CLIRunner.run(
      ["render", "Models/riverside", "--view", "landscape", "--format", "pdf", "-o", scratch.path],
      environment: ["TZ": zone].merging(epoch.map { ["SOURCE_DATE_EPOCH": $0] } ?? [:]) { $1 },
      unsetting: epoch == nil ? ["SOURCE_DATE_EPOCH"] : [])
    #expect(result.status == 0, "\(result.standardError)")
    return Array(try #require(FileManager.default.contents(atPath: scratch.path + "/landscape.pdf")))
  }

  @Test(arguments: [nil, "1700000000"] as [String?])
  func everyTimeZoneGivesTheSameBytes(epoch: String?) throws {
    let pdfs = try Self.zones.map { try Self.landscapePDF(zone: $0, epoch: epoch) }
    for (zone, pdf) in zip(Self.zones, pdfs) {
      #expect(pdf == pdfs[0], "the PDF rendered under TZ=\(zone) differs from the one under TZ=UTC")
    }
    let date = epoch == nil ? "D:19700101000000Z" : "D:20231114221320Z"
    #expect(String(decoding: pdfs[0], as: UTF8.self).contains("/CreationDate (\(date))"))
  }
}
