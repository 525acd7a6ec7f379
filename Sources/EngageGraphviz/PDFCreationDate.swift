import Foundation

/// Makes cairo's PDF output reproducible by replacing the creation date it embeds.
///
/// cairo 1.16 writes `/CreationDate (D:YYYYMMDDHHmmSSZ)` from the wall clock and ignores
/// `SOURCE_DATE_EPOCH`. The date is replaced in place with one of the same length, so the PDF's
/// cross-reference offsets stay valid: `SOURCE_DATE_EPOCH` when it is set to a whole number of
/// seconds, otherwise 1970-01-01T00:00:00Z. A PDF whose date has another shape is left unchanged.
enum PDFCreationDate {
  static let key = Array("/CreationDate (D:".utf8)
  static let digitCount = 14

  static func normalised(_ pdf: [UInt8], environment: [String: String] = ProcessInfo.processInfo.environment) -> [UInt8] {
    guard let start = firstIndex(of: key, in: pdf) else { return pdf }
    let digitsStart = start + key.count
    let digitsEnd = digitsStart + digitCount
    guard digitsEnd + 1 < pdf.count,
          pdf[digitsStart..<digitsEnd].allSatisfy({ (UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }),
          pdf[digitsEnd] == UInt8(ascii: "Z"), pdf[digitsEnd + 1] == UInt8(ascii: ")")
    else { return pdf }
    var result = pdf
    result.replaceSubrange(digitsStart..<digitsEnd, with: stamp(environment: environment))
    return result
  }

  /// `YYYYMMDDHHmmSS` in UTC for the reproducible date.
  static func stamp(environment: [String: String]) -> [UInt8] {
    let seconds = environment["SOURCE_DATE_EPOCH"].flatMap { Int64($0) }.flatMap { $0 >= 0 ? $0 : nil } ?? 0
    var calendar = Calendar(identifier: .gregorian)
    calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
    let parts = calendar.dateComponents(
      [.year, .month, .day, .hour, .minute, .second], from: Date(timeIntervalSince1970: TimeInterval(seconds)))
    let fields: [(Int?, Int)] = [
      (parts.year, 4), (parts.month, 2), (parts.day, 2), (parts.hour, 2), (parts.minute, 2), (parts.second, 2),
    ]
    var text = ""
    for (value, width) in fields {
      let digits = String(value ?? 0)
      text += String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
    guard text.utf8.count == digitCount else { return Array("19700101000000".utf8) }
    return Array(text.utf8)
  }

  private static func firstIndex(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
    guard !needle.isEmpty, haystack.count >= needle.count else { return nil }
    var index = 0
    while index <= haystack.count - needle.count {
      if haystack[index] == needle[0], Array(haystack[index..<(index + needle.count)]) == needle { return index }
      index += 1
    }
    return nil
  }
}
