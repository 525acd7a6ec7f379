import Foundation
import Testing

@testable import EngageGraphviz

/// PDFs are byte-identical whatever the time zone, and carry `SOURCE_DATE_EPOCH` (else 1970) as
/// their date, in UTC; the cross-reference table stays valid when the date's length changes.
@Suite("PDF dates are reproducible")
struct PDFReproducibilityTests {
  static let zones = ["UTC", "America/St_Johns", "Asia/Kathmandu", "Pacific/Kiritimati"]

  /// A small PDF shaped as cairo writes one: the info dictionary, then the catalog, then the
  /// cross-reference table.
  static func cairoShapedPDF(date: String, moreInfo: String = "") -> [UInt8] {
    var text = "%PDF-1.5\n%\u{B5}\u{ED}\u{AE}\u{FB}\n"
    var offsets: [Int] = []
    func object(_ number: Int, _ body: String) {
      offsets.append(text.utf8.count)
      text += "\(number) 0 obj\n\(body)\nendobj\n"
    }
    object(1, "<< /Type /Pages\n   /Kids [ ]\n   /Count 0\n>>")
    object(2, "<< /Producer (cairo 1.16.0 (https://cairographics.org))\n   /CreationDate (\(date))\(moreInfo)\n>>")
    object(3, "<< /Type /Catalog\n   /Pages 1 0 R\n>>")
    let table = text.utf8.count
    text += "xref\n0 4\n0000000000 65535 f \n"
    for offset in offsets {
      let digits = String(offset)
      text += String(repeating: "0", count: 10 - digits.count) + digits + " 00000 n \n"
    }
    text += "trailer\n<< /Size 4\n   /Root 3 0 R\n   /Info 2 0 R\n>>\nstartxref\n\(table)\n%%EOF\n"
    return Array(text.utf8)
  }

  /// Whether `startxref` points at `xref` and every in-use cross-reference entry at the start of
  /// an object: its own `N 0 obj` when the file has one (cairo 1.16 lists numbers it reserved and
  /// never wrote with the offset of the first object).
  static func crossReferencesAreValid(_ pdf: [UInt8]) -> Bool {
    let text = String(decoding: pdf, as: UTF8.self)
    guard let startKey = text.range(of: "startxref\n", options: .backwards),
      let table = Int(text[startKey.upperBound...].prefix { $0.isNumber }), table + 4 <= pdf.count,
      String(decoding: pdf[table..<(table + 4)], as: UTF8.self) == "xref"
    else { return false }
    let lines = String(decoding: pdf[table...], as: UTF8.self).split(separator: "\n")
    guard lines.count > 2, let count = Int(lines[1].split(separator: " ").last ?? "") else { return false }
    for (number, entry) in lines.dropFirst(2).prefix(count).enumerated() where entry.hasSuffix("n ") {
      guard let offset = Int(entry.prefix(10)), offset < pdf.count else { return false }
      let atOffset = String(decoding: pdf[offset...].prefix(20), as: UTF8.self)
      guard atOffset.range(of: #"^[0-9]+ 0 obj\n"#, options: .regularExpression) != nil else { return false }
      if text.contains("\n\(number) 0 obj\n"), !atOffset.hasPrefix("\(number) 0 obj\n") { return false }
    }
    return true
  }

  static func creationDates(_ pdf: [UInt8]) -> [String] {
    let text = String(decoding: pdf, as: UTF8.self)
    var dates: [String] = []
    var rest = text[...]
    while let key = rest.range(of: "/CreationDate (") {
      let date = rest[key.upperBound...].prefix { $0 != ")" }
      dates.append(String(date))
      rest = rest[key.upperBound...]
    }
    return dates
  }

  @Test(arguments: [
    "D:20261205074007Z", "D:20261205042007-03'30", "D:20261205132507+05'45", "D:20261205214007+14'00",
    "D:20261205214007+14'00'", "D:20261205074007",
  ])
  func everyZoneFormGivesTheSameBytesWithValidOffsets(date: String) {
    let original = Self.cairoShapedPDF(date: date)
    #expect(Self.crossReferencesAreValid(original))
    let normalised = PDFCreationDate.normalised(original, environment: [:])
    #expect(normalised == PDFCreationDate.normalised(Self.cairoShapedPDF(date: "D:20261205074007Z"), environment: [:]))
    #expect(Self.creationDates(normalised) == ["D:19700101000000Z"])
    #expect(Self.crossReferencesAreValid(normalised))
  }

  @Test func theValidityCheckCatchesOffsetsLeftBehind() {
    let original = String(decoding: Self.cairoShapedPDF(date: "D:20261205132507+05'45"), as: UTF8.self)
    let naive = original.replacingOccurrences(of: "D:20261205132507+05'45", with: "D:19700101000000Z")
    #expect(!Self.crossReferencesAreValid(Array(naive.utf8)))
  }

  @Test(arguments: [
    ("0", "D:19700101000000Z"),
    ("1700000000", "D:20231114221320Z"),
    ("951782400", "D:20000229000000Z"),
    ("253402300799", "D:99991231235959Z"),
    ("253402300800", "D:19700101000000Z"),
    ("-1", "D:19700101000000Z"),
    ("", "D:19700101000000Z"),
    ("1.5", "D:19700101000000Z"),
    (" 1700000000", "D:19700101000000Z"),
    ("+1700000000", "D:19700101000000Z"),
    ("17e8", "D:19700101000000Z"),
    ("99999999999999999999999", "D:19700101000000Z"),
  ])
  func sourceDateEpochOrElse1970(epoch: String, expected: String) {
    let pdf = PDFCreationDate.normalised(Self.cairoShapedPDF(date: "D:20261205132507+05'45"), environment: ["SOURCE_DATE_EPOCH": epoch])
    #expect(Self.creationDates(pdf) == [expected])
    #expect(Self.crossReferencesAreValid(pdf))
  }

  @Test func aModDateIsNormalisedToo() {
    let original = Self.cairoShapedPDF(date: "D:20261205074007Z", moreInfo: "\n   /ModDate (D:20261205132507+05'45')")
    #expect(Self.crossReferencesAreValid(original))
    let normalised = PDFCreationDate.normalised(original, environment: ["SOURCE_DATE_EPOCH": "1700000000"])
    let text = String(decoding: normalised, as: UTF8.self)
    #expect(text.contains("/ModDate (D:20231114221320Z)"))
    #expect(text.contains("/CreationDate (D:20231114221320Z)"))
    #expect(Self.crossReferencesAreValid(normalised))
  }

  @Test func aShorterDateWithoutACrossReferenceTableLeavesThePDFAsItWas() {
    let pdf = Array("%PDF-1.7\n/CreationDate (D:20261124003402+01'00')\n".utf8)
    #expect(PDFCreationDate.normalised(pdf, environment: [:]) == pdf)
  }

  @Test func anInProcessRenderCarriesTheNormalisedDate() throws {
    let pdf = try Graphviz.render(dot: sampleDOT, format: .pdf)
    let expected = "D:" + String(decoding: PDFCreationDate.stamp(environment: ProcessInfo.processInfo.environment), as: UTF8.self) + "Z"
    #expect(Self.creationDates(pdf) == [expected])
    #expect(Self.crossReferencesAreValid(pdf))
    let text = String(decoding: pdf, as: UTF8.self)
    #expect(!text.contains("/ModDate"))
    #expect(!text.contains("/ID"))
  }

  /// cairo itself, through the `dot` command, in each zone: its dates differ, the normalised
  /// PDFs do not.
  @Test(.enabled(if: dotExecutable != nil, "the dot command is not on PATH (install graphviz to run this)"))
  func cairoOutputInEveryZoneNormalisesToTheSameBytes() throws {
    let executable = try #require(dotExecutable)
    var raw: [String: [UInt8]] = [:]
    for zone in Self.zones {
      raw[zone] = try Self.runDot(executable, zone: zone)
    }
    let kathmandu = Self.creationDates(try #require(raw["Asia/Kathmandu"]))
    #expect(kathmandu.count == 1 && kathmandu[0].hasSuffix("+05'45"), "cairo wrote \(kathmandu)")
    let normalised = Self.zones.compactMap { raw[$0] }.map { PDFCreationDate.normalised($0, environment: ["SOURCE_DATE_EPOCH": "1700000000"]) }
    #expect(normalised.count == Self.zones.count)
    for pdf in normalised {
      #expect(pdf == normalised[0])
      #expect(Self.creationDates(pdf) == ["D:20231114221320Z"])
      #expect(Self.crossReferencesAreValid(pdf))
    }
  }

  static func runDot(_ executable: URL, zone: String) throws -> [UInt8] {
    let process = Process()
    process.executableURL = executable
    process.arguments = ["-Tpdf:cairo"]
    var environment = ProcessInfo.processInfo.environment
    environment["TZ"] = zone
    environment["SOURCE_DATE_EPOCH"] = nil
    process.environment = environment
    let stdin = Pipe(), stdout = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = FileHandle.nullDevice
    try process.run()
    stdin.fileHandleForWriting.write(Data(sampleDOT.utf8))
    try stdin.fileHandleForWriting.close()
    let output = stdout.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Array(output)
  }
}
