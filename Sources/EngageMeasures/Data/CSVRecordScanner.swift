/// One record of a CSV file as bytes: where it starts and ends, the line it starts on, and the
/// byte span of each raw field (quotes included).
struct CSVRecordSpan: Sendable, Hashable {
  var start: Int
  var end: Int
  var line: Int
  var fields: [Range<Int>]
}

/// Finds record and field boundaries in CSV bytes so that diagnostics can point at a line and
/// column; the CSV library decodes the field values.
///
/// It follows the same rules as yaslab/CSV.swift's reader: a field is quoted only when its first
/// character is `"`; inside it `""` is a quote and line ends belong to the field; records end at
/// LF, CR or CRLF outside quotes. Lines are counted here because the library reports none.
enum CSVRecordScanner {
  static func records(in bytes: [UInt8]) -> [CSVRecordSpan] {
    let quote = UInt8(ascii: "\""), comma = UInt8(ascii: ","), cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
    var records: [CSVRecordSpan] = []
    var line = 1
    var index = 0
    while index < bytes.count {
      let recordStart = index
      let recordLine = line
      var fields: [Range<Int>] = []
      var fieldStart = index
      var inQuotes = index < bytes.count && bytes[index] == quote
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
            position += 2
            continue
          }
          if byte == lf { line += 1 }
          if byte == cr, position + 1 >= bytes.count || bytes[position + 1] != lf { line += 1 }
          position += 1
          continue
        }
        switch byte {
        case comma:
          fields.append(fieldStart..<position)
          fieldStart = position + 1
          inQuotes = fieldStart < bytes.count && bytes[fieldStart] == quote
          position = inQuotes ? fieldStart + 1 : fieldStart
        case lf:
          recordEnd = position
          nextRecord = position + 1
          line += 1
          break scan
        case cr:
          recordEnd = position
          nextRecord = position + 1 < bytes.count && bytes[position + 1] == lf ? position + 2 : position + 1
          line += 1
          break scan
        default:
          position += 1
        }
      }
      if position >= bytes.count {
        recordEnd = bytes.count
        nextRecord = bytes.count
      }
      fields.append(fieldStart..<max(fieldStart, recordEnd))
      records.append(CSVRecordSpan(start: recordStart, end: recordEnd, line: recordLine, fields: fields))
      index = max(nextRecord, index + 1)
    }
    return records
  }
}
