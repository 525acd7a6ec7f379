import EngageLanguage
import Foundation

/// Makes cairo's PDF output reproducible by replacing the dates it embeds.
///
/// cairo 1.16 writes `/CreationDate` from the wall clock in the local time zone and ignores
/// `SOURCE_DATE_EPOCH`: `(D:20261205074007Z)` under `TZ=UTC`, `(D:20261205132507+05'45)` under
/// `TZ=Asia/Kathmandu`. It writes no `/ModDate`, no document `/ID` and no XMP metadata, so the
/// date is the only part that depends on the clock or the zone (font subset tags are derived from
/// the glyphs). Every `/CreationDate` and `/ModDate` in the form `D:` + 14 digits + an optional
/// `Z` or `±HH'mm` (with an optional closing `'`) is replaced by one date, in UTC, in one form:
/// `D:YYYYMMDDHHmmSSZ`, for `SOURCE_DATE_EPOCH` when it is a whole, non-negative number of
/// seconds up to the end of year 9999, otherwise for 1970-01-01T00:00:00Z. A zone offset makes
/// the replacement shorter than the original, so the cross-reference table's offsets behind it,
/// and `startxref`, are moved by the difference. A PDF whose dates or cross-reference table have
/// another shape is returned unchanged.
enum PDFCreationDate {
  static let keys = [Array("/CreationDate".utf8), Array("/ModDate".utf8)]
  static let digitCount = 14

  static func normalised(_ pdf: [UInt8], environment: [String: String] = ProcessInfo.processInfo.environment) -> [UInt8] {
    let replacement = Array("D:".utf8) + stamp(environment: environment) + [UInt8(ascii: "Z")]
    var edits: [(range: Range<Int>, text: [UInt8])] = []
    for key in keys {
      var searchStart = 0
      while let keyStart = firstIndex(of: key, in: pdf, from: searchStart) {
        searchStart = keyStart + key.count
        guard let date = dateRange(after: searchStart, in: pdf) else { continue }
        if !pdf[date].elementsEqual(replacement) { edits.append((date, replacement)) }
      }
    }
    guard !edits.isEmpty else { return pdf }
    edits.sort { $0.range.lowerBound < $1.range.lowerBound }
    var result: [UInt8] = []
    result.reserveCapacity(pdf.count)
    var copied = 0
    for edit in edits {
      result.append(contentsOf: pdf[copied..<edit.range.lowerBound])
      result.append(contentsOf: edit.text)
      copied = edit.range.upperBound
    }
    result.append(contentsOf: pdf[copied...])
    let shifts = edits.map { (at: $0.range.lowerBound, by: $0.text.count - $0.range.count) }
    guard shifts.contains(where: { $0.by != 0 }) else { return result }
    return withMovedCrossReferences(result, original: pdf, shifts: shifts) ?? pdf
  }

  /// The range of the date string inside the parentheses that follow a date key at `offset`
  /// (after optional spaces), when it has the shape cairo writes.
  static func dateRange(after offset: Int, in pdf: [UInt8]) -> Range<Int>? {
    var open = offset
    while open < pdf.count, pdf[open] == UInt8(ascii: " ") { open += 1 }
    guard open < pdf.count, pdf[open] == UInt8(ascii: "(") else { return nil }
    let start = open + 1
    guard let close = pdf[start...].prefix(40).firstIndex(of: UInt8(ascii: ")")) else { return nil }
    let text = pdf[start..<close]
    let digits = text.dropFirst(2).prefix(digitCount)
    guard text.starts(with: Array("D:".utf8)), digits.count == digitCount, digits.allSatisfy(isDigit) else { return nil }
    let zone = Array(text.dropFirst(2 + digitCount))
    guard isZone(zone) else { return nil }
    return start..<close
  }

  /// Nothing, `Z`, or `+HH'mm` / `-HH'mm` with an optional closing `'`.
  static func isZone(_ zone: [UInt8]) -> Bool {
    if zone.isEmpty || zone == [UInt8(ascii: "Z")] { return true }
    guard zone.count == 6 || zone.count == 7, zone[0] == UInt8(ascii: "+") || zone[0] == UInt8(ascii: "-") else { return false }
    let quote = UInt8(ascii: "'")
    return isDigit(zone[1]) && isDigit(zone[2]) && zone[3] == quote && isDigit(zone[4]) && isDigit(zone[5])
      && (zone.count == 6 || zone[6] == quote)
  }

  /// `pdf` (already edited) with its cross-reference entries and `startxref` moved by the
  /// edits made before them; `nil` when the table cannot be read.
  static func withMovedCrossReferences(_ pdf: [UInt8], original: [UInt8], shifts: [(at: Int, by: Int)]) -> [UInt8]? {
    func moved(_ offset: Int) -> Int { offset + shifts.filter { $0.at < offset }.reduce(0) { $0 + $1.by } }
    let startKey = Array("startxref".utf8)
    guard let startKeyIndex = lastIndex(of: startKey, in: pdf) else { return nil }
    var cursor = startKeyIndex + startKey.count
    while cursor < pdf.count, pdf[cursor] == UInt8(ascii: "\r") || pdf[cursor] == UInt8(ascii: "\n") || pdf[cursor] == UInt8(ascii: " ") {
      cursor += 1
    }
    let numberStart = cursor
    while cursor < pdf.count, isDigit(pdf[cursor]) { cursor += 1 }
    guard cursor > numberStart, cursor - numberStart < 19, let oldTable = Int(String(decoding: pdf[numberStart..<cursor], as: UTF8.self)),
      oldTable < original.count
    else { return nil }
    let table = moved(oldTable)
    guard table + 4 <= pdf.count, pdf[table..<(table + 4)].elementsEqual("xref".utf8) else { return nil }

    var result = pdf
    var position = table + 4
    func skipLineEnds() {
      while position < result.count, result[position] == UInt8(ascii: "\r") || result[position] == UInt8(ascii: "\n") { position += 1 }
    }
    func number() -> Int? {
      let start = position
      while position < result.count, isDigit(result[position]) { position += 1 }
      guard position > start, position - start < 19 else { return nil }
      return Int(String(decoding: result[start..<position], as: UTF8.self))
    }
    skipLineEnds()
    while position < result.count, isDigit(result[position]) {
      guard number() != nil, position < result.count, result[position] == UInt8(ascii: " ") else { return nil }
      position += 1
      guard let count = number() else { return nil }
      skipLineEnds()
      for _ in 0..<count {
        guard position + 20 <= result.count, result[position + 17] == UInt8(ascii: "n") || result[position + 17] == UInt8(ascii: "f")
        else { return nil }
        if result[position + 17] == UInt8(ascii: "n") {
          guard let offset = Int(String(decoding: result[position..<(position + 10)], as: UTF8.self)) else { return nil }
          let text = String(moved(offset))
          guard text.count <= 10 else { return nil }
          result.replaceSubrange(position..<(position + 10), with: Array((String(repeating: "0", count: 10 - text.count) + text).utf8))
        }
        position += 20
      }
      skipLineEnds()
    }
    result.replaceSubrange(numberStart..<cursor, with: Array(String(table).utf8))
    return result
  }

  /// `YYYYMMDDHHmmSS` in UTC for the reproducible date.
  static func stamp(environment: [String: String]) -> [UInt8] {
    let fallback = Array("19700101000000".utf8)
    guard let text = environment["SOURCE_DATE_EPOCH"], !text.isEmpty, text.utf8.count <= 18, text.utf8.allSatisfy(isDigit),
      let seconds = Int64(text), seconds <= latestEpoch
    else { return fallback }
    let days = seconds / 86_400
    let secondOfDay = seconds % 86_400
    let date = CivilCalendar.date(days: Int(days))
    let (year, month, day) = (Int64(date.year), Int64(date.month), Int64(date.day))
    let fields: [(Int64, Int)] = [
      (year, 4), (month, 2), (day, 2), (secondOfDay / 3_600, 2), (secondOfDay / 60 % 60, 2), (secondOfDay % 60, 2),
    ]
    var stamp = ""
    for (value, width) in fields {
      let digits = String(value)
      stamp += String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    return stamp.utf8.count == digitCount ? Array(stamp.utf8) : fallback
  }

  /// 9999-12-31T23:59:59Z: the last second a four-digit year can write.
  static let latestEpoch: Int64 = 253_402_300_799


  private static func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }

  private static func firstIndex(of needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    var index = start
    while index <= haystack.count - needle.count {
      if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
      index += 1
    }
    return nil
  }

  private static func lastIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    var index = haystack.count - needle.count
    while index >= 0 {
      if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
      index -= 1
    }
    return nil
  }
}
