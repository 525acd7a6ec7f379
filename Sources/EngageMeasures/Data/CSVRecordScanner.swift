/// One record of a CSV file as bytes: where it starts and ends, the line it starts on, and the
/// byte span of each raw field (quotes included).
struct CSVRecordSpan: Sendable, Hashable {
  var start: Int
  var end: Int
  var line: Int
  var fields: [Range<Int>]
  /// The offset of the opening quote of a field that is never closed: the record was cut at the
  /// end of that quote's line, and the next record starts on the line after it.
  var unterminatedQuote: Int? = nil
}

/// Finds record and field boundaries in CSV bytes so that diagnostics can point at a line and
/// column; the CSV library decodes the field values. Records come one at a time, so a file of
/// any size takes memory for one record.
///
/// It follows the same rules as yaslab/CSV.swift's reader: a field is quoted only when its first
/// character is `"`; inside it `""` is a quote and line ends belong to the field; records end at
/// LF, CR or CRLF outside quotes. Fields end at the file's delimiter (a comma unless the header
/// says otherwise; "comma" below stands for it). Lines are counted here because the library reports none.
///
/// A quoted field still open at the end of the file would swallow every row after it; so would
/// one that is "closed" lines later by a stray quote. A quoted field is taken as never closed
/// when it reaches the end of the file, or when, after a line end inside it, it meets a quote
/// that is neither doubled nor followed by a comma or a line end (a lone quote is malformed
/// inside a quoted field; on the quote's own line it is read as the library reads it). Its
/// record then ends at the end of the line the quote opened on, is marked `unterminatedQuote`,
/// and scanning resumes on the next line. `cut(_:atQuote:)` does the same for a record whose
/// reader finds a line end where none belongs (in a value, say).
struct CSVRecordScanner: Sequence, IteratorProtocol {
  private let bytes: [UInt8]
  /// The field delimiter: a comma, semicolon or tab (`CSVDelimiter`).
  private let delimiter: UInt8
  private var index = 0
  private var line = 1

  init(_ bytes: [UInt8], delimiter: CSVDelimiter = .comma) {
    self.bytes = bytes
    self.delimiter = delimiter.byte
  }

  private static let quote = UInt8(ascii: "\""), cr = UInt8(ascii: "\r")
  private static let lf = UInt8(ascii: "\n")

  mutating func next() -> CSVRecordSpan? {
    guard index < bytes.count else { return nil }
    let quote = Self.quote, comma = delimiter, cr = Self.cr, lf = Self.lf
    let recordStart = index
    let recordLine = line
    var fields: [Range<Int>] = []
    var fieldStart = index
    var inQuotes = bytes[index] == quote
    var crossedLine = false
    var position = inQuotes ? index + 1 : index
    var recordEnd = bytes.count
    var nextRecord = bytes.count
    scan: while position < bytes.count {
      let byte = bytes[position]
      if inQuotes {
        if byte == quote {
          let following = position + 1 < bytes.count ? bytes[position + 1] : nil
          if following == nil || following == cr || following == lf || following == comma {
            inQuotes = false
            position += 1
            continue
          }
          if crossedLine && following != quote {
            return unterminated(recordStart: recordStart, recordLine: recordLine, fields: fields, quote: fieldStart)
          }
          position += 2
          continue
        }
        if byte == lf || byte == cr { crossedLine = true }
        position += 1
        continue
      }
      switch byte {
      case comma:
        fields.append(fieldStart..<position)
        fieldStart = position + 1
        inQuotes = fieldStart < bytes.count && bytes[fieldStart] == quote
        crossedLine = false
        position = inQuotes ? fieldStart + 1 : fieldStart
      case lf:
        recordEnd = position
        nextRecord = position + 1
        break scan
      case cr:
        recordEnd = position
        nextRecord = position + 1 < bytes.count && bytes[position + 1] == lf ? position + 2 : position + 1
        break scan
      default:
        position += 1
      }
    }
    if inQuotes {
      return unterminated(recordStart: recordStart, recordLine: recordLine, fields: fields, quote: fieldStart)
    }
    if position >= bytes.count {
      recordEnd = bytes.count
      nextRecord = bytes.count
    }
    fields.append(fieldStart..<Swift.max(fieldStart, recordEnd))
    line = recordLine + lineBreaks(in: recordStart..<nextRecord)
    index = Swift.max(nextRecord, index + 1)
    return CSVRecordSpan(start: recordStart, end: recordEnd, line: recordLine, fields: fields)
  }

  /// `record` (the record returned last) cut at the end of the line of the quote at `quote`,
  /// which opens one of its fields and is taken as never closed; the scan goes on with the next
  /// line. For a record whose reader finds a line end where none belongs (in a value, say).
  mutating func cut(_ record: CSVRecordSpan, atQuote quote: Int) -> CSVRecordSpan {
    let lineEnd = endOfLine(from: quote)
    let nextRecord = startOfNextLine(after: lineEnd)
    line = record.line + lineBreaks(in: record.start..<nextRecord)
    index = Swift.max(nextRecord, record.start + 1)
    return CSVRecordSpan(
      start: record.start, end: lineEnd, line: record.line,
      fields: record.fields.filter { $0.lowerBound < quote } + [quote..<lineEnd], unterminatedQuote: quote)
  }

  /// The record whose field opening at `quote` is never closed, cut at the end of the quote's
  /// line; the scan goes on with the next line.
  private mutating func unterminated(recordStart: Int, recordLine: Int, fields: [Range<Int>], quote: Int) -> CSVRecordSpan {
    cut(CSVRecordSpan(start: recordStart, end: bytes.count, line: recordLine, fields: fields), atQuote: quote)
  }

  /// The offset of the first CR or LF at or after `offset`, or the end of the bytes.
  private func endOfLine(from offset: Int) -> Int {
    var end = offset
    while end < bytes.count, bytes[end] != Self.lf, bytes[end] != Self.cr { end += 1 }
    return end
  }

  /// Where the line after the line end at `lineEnd` (CR, LF or CRLF) starts.
  private func startOfNextLine(after lineEnd: Int) -> Int {
    guard lineEnd < bytes.count else { return bytes.count }
    return lineEnd + (bytes[lineEnd] == Self.cr && lineEnd + 1 < bytes.count && bytes[lineEnd + 1] == Self.lf ? 2 : 1)
  }

  /// How many line ends (LF, CRLF or a lone CR) `range` holds.
  private func lineBreaks(in range: Range<Int>) -> Int {
    var count = 0
    for offset in range {
      let byte = bytes[offset]
      if byte == Self.lf || (byte == Self.cr && (offset + 1 >= bytes.count || bytes[offset + 1] != Self.lf)) { count += 1 }
    }
    return count
  }
}
