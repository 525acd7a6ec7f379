/// The field delimiter of a measure data file: a comma, or a semicolon or tab as European
/// spreadsheets write ("CSV (semicolon)"). It is read from the header line (`detect`).
public enum CSVDelimiter: String, Sendable, Hashable, CaseIterable {
  case comma = ","
  case semicolon = ";"
  case tab = "\t"

  /// The delimiter as one byte of the file.
  public var byte: UInt8 {
    switch self {
    case .comma: UInt8(ascii: ",")
    case .semicolon: UInt8(ascii: ";")
    case .tab: UInt8(ascii: "\t")
    }
  }

  /// How messages name it.
  public var name: String {
    switch self {
    case .comma: "comma"
    case .semicolon: "semicolon"
    case .tab: "tab"
    }
  }

  /// What the header line tells about the delimiter.
  enum Detection: Equatable {
    case found(CSVDelimiter)
    /// Several delimiters occur and none of them splits the header into the required columns:
    /// each with how often it occurs, in `allCases` order.
    case undecided([Occurrence])
  }

  /// A delimiter and how often it occurs outside quotes in a header line.
  struct Occurrence: Equatable {
    let delimiter: CSVDelimiter
    let count: Int
  }

  /// The delimiter of a file whose header line (without its line end) is `line`.
  ///
  /// The delimiter is the one that splits the line into fields naming every required column
  /// (`measure`, `period`, `value`, in any case, quoted or not); when none does, the only one
  /// that occurs at all; when none occurs (a one-column header), a comma. When several occur
  /// and none names the columns, the file's delimiter cannot be decided.
  static func detect(headerLine line: ArraySlice<UInt8>, requiredColumns: [String]) -> Detection {
    var occurrences: [Occurrence] = []
    for delimiter in allCases {
      let fields = split(line, at: delimiter.byte)
      let names = Set(fields.map(columnName))
      if fields.count > 1, requiredColumns.allSatisfy(names.contains) { return .found(delimiter) }
      if fields.count > 1 { occurrences.append(Occurrence(delimiter: delimiter, count: fields.count - 1)) }
    }
    switch occurrences.count {
    case 0: return .found(.comma)
    case 1: return .found(occurrences[0].delimiter)
    default: return .undecided(occurrences)
    }
  }

  /// The fields of `line` split at `delimiter` outside double quotes.
  private static func split(_ line: ArraySlice<UInt8>, at delimiter: UInt8) -> [ArraySlice<UInt8>] {
    var fields: [ArraySlice<UInt8>] = []
    var inQuotes = false
    var fieldStart = line.startIndex
    for index in line.indices {
      let byte = line[index]
      if byte == UInt8(ascii: "\"") {
        inQuotes.toggle()
      } else if byte == delimiter && !inQuotes {
        fields.append(line[fieldStart..<index])
        fieldStart = index + 1
      }
    }
    fields.append(line[fieldStart..<line.endIndex])
    return fields
  }

  /// A header field as a column name: quotes and surrounding blanks removed, lower case.
  private static func columnName(_ field: ArraySlice<UInt8>) -> String {
    var name = String(decoding: field, as: UTF8.self).trimmingASCIIWhitespace()
    if name.count >= 2, name.hasPrefix("\""), name.hasSuffix("\"") {
      name = String(name.dropFirst().dropLast()).trimmingASCIIWhitespace()
    }
    return name.lowercased()
  }
}
