import CSV
import EngageLanguage
import EngageModel
import Foundation

/// One measured value read from a data file.
public struct MeasureDataPoint: Sendable, Hashable {
  /// The measure id.
  public let measure: String
  public let period: Period
  public let value: Double
  /// The row's `note`, when the file has that column and the field is not empty.
  public let note: String?
  /// The 1-based line the row starts on.
  public let line: Int
  /// The whole row in the data file.
  public let range: SourceRange

  public init(measure: String, period: Period, value: Double, note: String?, line: Int, range: SourceRange) {
    self.measure = measure
    self.period = period
    self.value = value
    self.note = note
    self.line = line
    self.range = range
  }
}

/// The rows of a data file that could be read, and diagnostics for those that could not.
public struct MeasureDataSet: Sendable {
  public let file: SourceFile
  /// The good rows, in file order.
  public let points: [MeasureDataPoint]
  /// Problems with the file and its rows, in file order.
  public let diagnostics: [Diagnostic]
  /// How many data rows (blank lines aside) the file has, good and bad.
  public let rowCount: Int
  /// The field delimiter read from the header line (a comma when it could not be decided).
  public let delimiter: CSVDelimiter

  public init(
    file: SourceFile, points: [MeasureDataPoint], diagnostics: [Diagnostic], rowCount: Int,
    delimiter: CSVDelimiter = .comma
  ) {
    self.file = file
    self.points = points
    self.diagnostics = diagnostics
    self.rowCount = rowCount
    self.delimiter = delimiter
  }
}

/// A failure that makes measure data unusable as a whole: exit code 2 territory.
public struct MeasureInputError: Error, Sendable, CustomStringConvertible {
  public let message: String
  /// The data file's diagnostics, when reading it is what failed (print them too).
  public let diagnostics: [Diagnostic]
  public init(_ message: String, diagnostics: [Diagnostic] = []) {
    self.message = message
    self.diagnostics = diagnostics
  }
  public var description: String { message }
}

/// Reads measure data (`measure,period,value[,note]`, columns in any order, names
/// case-insensitive) and checks each row against the model's measures.
///
/// The delimiter — comma, semicolon or tab — is read from the header line
/// (`CSVDelimiter.detect`). A value may be written with a decimal point (`82.5`) or a decimal
/// comma (`82,5`): in a semicolon or tab file as it is, in a comma file only quoted (`"82,5"`),
/// and there not with exactly three digits after the comma (`"1,234"` may be a thousands
/// separator). Thousands separators are not accepted.
public enum MeasureDataReader {
  /// The columns a data file must have.
  public static let requiredColumns = ["measure", "period", "value"]
  /// Every column a data file may have.
  public static let knownColumns = ["measure", "period", "value", "note"]

  /// Reads a data file from disk; throws when it cannot be read at all.
  public static func read(path: String, measures: [Measure]) throws(MeasureInputError) -> MeasureDataSet {
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
      throw MeasureInputError("\(path): no such data file")
    }
    guard !isDirectory.boolValue else { throw MeasureInputError("\(path): is a directory, not a data file") }
    guard let data = FileManager.default.contents(atPath: path) else {
      throw MeasureInputError("\(path): the data file cannot be read")
    }
    return read(SourceFile(path: path, bytes: Array(data)), measures: measures)
  }

  /// Reads the rows of a data file; bad rows become diagnostics, good rows are kept.
  ///
  /// A file with old Mac line ends (a lone CR) is read as if they were LF, so that its lines
  /// are numbered as a spreadsheet numbers them; the diagnostics then point into that copy.
  /// At most `Parser.diagnosticLimit` diagnostics are kept, as for a model file; a last one
  /// (`EM0410`) counts the others, which are neither built nor stored. Data text quoted in a
  /// message is terminal-safe (`TerminalText`); a note is kept as written, and each report
  /// makes it safe for where it goes (terminal escapes in text and CSV, U+FFFD in HTML and
  /// Markdown, JSON escapes).
  public static func read(_ file: SourceFile, measures: [Measure]) -> MeasureDataSet {
    var reader = RowChecker(file: withLoneCarriageReturnsAsLineFeeds(file), measures: measures)
    reader.run()
    return MeasureDataSet(
      file: file, points: reader.points, diagnostics: reader.diagnostics, rowCount: reader.rowCount,
      delimiter: reader.delimiter)
  }

  static func withLoneCarriageReturnsAsLineFeeds(_ file: SourceFile) -> SourceFile {
    let cr = UInt8(ascii: "\r"), lf = UInt8(ascii: "\n")
    var bytes = file.bytes
    var changed = false
    for index in bytes.indices where bytes[index] == cr && (index + 1 == bytes.count || bytes[index + 1] != lf) {
      bytes[index] = lf
      changed = true
    }
    return changed ? SourceFile(path: file.path, bytes: bytes) : file
  }
}

private struct RowChecker {
  let file: SourceFile
  let measuresByID: [String: Measure]
  let measureIDs: [String]
  var points: [MeasureDataPoint] = []
  var diagnostics: [Diagnostic] = []
  var rowCount = 0
  var firstRow: [String: (line: Int, range: SourceRange)] = [:]
  var delimiter = CSVDelimiter.comma
  /// Diagnostics beyond the limit, counted but not kept; and whether any of them was an error.
  var droppedDiagnostics = 0
  var droppedAnError = false

  init(file: SourceFile, measures: [Measure]) {
    self.file = file
    var byID: [String: Measure] = [:]
    for measure in measures where byID[measure.id] == nil { byID[measure.id] = measure }
    measuresByID = byID
    measureIDs = measures.map(\.id).sorted()
  }

  mutating func run() {
    if let headerLine = firstNonBlankLine() {
      switch CSVDelimiter.detect(headerLine: file.bytes[headerLine], requiredColumns: MeasureDataReader.requiredColumns) {
      case .found(let found):
        delimiter = found
      case .undecided(let occurrences):
        let counts = occurrences.map { "\($0.count) \($0.delimiter.name)\($0.count == 1 ? "" : "s")" }
        diagnostics.append(
          Diagnostic(
            MeasureDataCode.badHeader, .error,
            "cannot tell the delimiter from the header: it has \(counts.joined(separator: " and ")), and neither splits it into the columns measure, period and value; write the header with one delimiter, such as 'measure;period;value'",
            at: range(headerLine)))
        return
      }
    }
    var records = CSVRecordScanner(file.bytes, delimiter: delimiter)
    func nextRecord() -> CSVRecordSpan? {
      while let record = records.next() {
        if !isBlank(record) { return record }
      }
      return nil
    }
    /// The record, cut at the first quoted field (of `columns`, or any) that holds a line end.
    func withoutFieldsSpanningLines(_ record: CSVRecordSpan, columns: [Int]?) -> CSVRecordSpan {
      guard record.unterminatedQuote == nil, let quote = quoteOpeningALineEnd(record, columns: columns) else { return record }
      return records.cut(record, atQuote: quote)
    }
    guard let firstRecord = nextRecord() else {
      diagnostics.append(
        Diagnostic(
          MeasureDataCode.badHeader, .error,
          "the data file is empty; expected a header row 'measure,period,value' (optional 'note')",
          at: SourceRange(file: file, start: 0, end: 0)))
      return
    }
    let headerRecord = withoutFieldsSpanningLines(firstRecord, columns: nil)
    if let quote = headerRecord.unterminatedQuote { reportUnterminatedQuote(at: quote) }
    guard let columns = readHeader(headerRecord) else { return }
    let requiredColumns = MeasureDataReader.requiredColumns.compactMap { columns[$0] }
    while let next = nextRecord() {
      rowCount += 1
      let record = withoutFieldsSpanningLines(next, columns: requiredColumns)
      if let quote = record.unterminatedQuote {
        reportUnterminatedQuote(at: quote)
        continue
      }
      check(record, columns: columns)
    }
    if droppedDiagnostics > 0 {
      diagnostics.append(
        Diagnostic(
          MeasureDataCode.tooManyProblems, droppedAnError ? .error : .warning,
          "too many problems in \(TerminalText.escaped(file.path)): \(droppedDiagnostics) more not shown; fix the ones above and read the data again",
          at: nil))
    }
  }

  /// Whether one more diagnostic of `severity` is kept: while fewer than
  /// `Parser.diagnosticLimit` are; past that it is only counted (and its message never built).
  mutating func keeps(_ severity: Severity) -> Bool {
    guard diagnostics.count < Parser.diagnosticLimit else {
      droppedDiagnostics += 1
      if severity == .error { droppedAnError = true }
      return false
    }
    return true
  }

  mutating func reportUnterminatedQuote(at offset: Int) {
    guard keeps(.error) else { return }
    diagnostics.append(
      Diagnostic(
        MeasureDataCode.unterminatedQuote, .error,
        "this quote opens a field that is not closed on its line and would swallow the rows after it; the row is skipped and reading goes on with the next line (close the quote; a quote inside a quoted field is written \"\")",
        at: range(offset..<(offset + 1))))
  }

  /// The opening quote of the first quoted field, among fields `columns` (every field when
  /// `nil`), that has swallowed rows: a delimiter follows a line end inside it. A measure id, period,
  /// value or column name holds neither, so that quote was meant to close on its line.
  func quoteOpeningALineEnd(_ record: CSVRecordSpan, columns: [Int]?) -> Int? {
    let candidates = columns.map { $0.filter(record.fields.indices.contains).map { record.fields[$0] } } ?? record.fields
    return candidates.filter { span in
      guard span.count > 1, file.bytes[span.lowerBound] == UInt8(ascii: "\""),
        let lineEnd = file.bytes[span].firstIndex(where: { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") })
      else { return false }
      return file.bytes[lineEnd..<span.upperBound].contains(delimiter.byte)
    }.map(\.lowerBound).min()
  }

  /// The byte range of the first line with something other than blanks, line end excluded.
  func firstNonBlankLine() -> Range<Int>? {
    let bytes = file.bytes
    var lineStart = 0
    while lineStart < bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != UInt8(ascii: "\n"), bytes[lineEnd] != UInt8(ascii: "\r") { lineEnd += 1 }
      if bytes[lineStart..<lineEnd].contains(where: { $0 != 0x20 && $0 != 0x09 }) { return lineStart..<lineEnd }
      lineStart = lineEnd + 1
    }
    return nil
  }

  func isBlank(_ record: CSVRecordSpan) -> Bool {
    file.bytes[record.start..<record.end].allSatisfy { $0 == 0x20 || $0 == 0x09 || $0 == 0x0D }
  }

  func range(_ span: Range<Int>) -> SourceRange {
    SourceRange(file: file, start: span.lowerBound, end: span.upperBound)
  }

  func recordRange(_ record: CSVRecordSpan) -> SourceRange {
    SourceRange(file: file, start: record.start, end: record.end)
  }

  /// The decoded fields of a record, via the CSV library.
  func fields(of record: CSVRecordSpan) -> [String] {
    let text = String(decoding: file.bytes[record.start..<record.end], as: UTF8.self)
    guard let reader = try? CSVReader(string: text, delimiter: Unicode.Scalar(delimiter.byte)), let row = reader.next()
    else { return [] }
    return row
  }

  /// Column name → field index; `nil` (with a diagnostic) when the header is unusable.
  mutating func readHeader(_ record: CSVRecordSpan) -> [String: Int]? {
    let names = fields(of: record).map { $0.trimmingASCIIWhitespace().lowercased() }
    var columns: [String: Int] = [:]
    var usable = true
    for (index, name) in names.enumerated() {
      let span = index < record.fields.count ? range(record.fields[index]) : recordRange(record)
      if columns[name] != nil {
        if keeps(.error) {
          diagnostics.append(
            Diagnostic(MeasureDataCode.badHeader, .error, "the column '\(DataText.shown(name))' appears twice in the header", at: span))
        }
        usable = false
        continue
      }
      columns[name] = index
    }
    let missing = MeasureDataReader.requiredColumns.filter { columns[$0] == nil }
    for (index, name) in names.enumerated() where missing.isEmpty && usable {
      let span = index < record.fields.count ? range(record.fields[index]) : recordRange(record)
      if !MeasureDataReader.knownColumns.contains(name) {
        let shown = DataText.shown(name)
        var message = "unknown column '\(shown)' is ignored; the columns are measure, period, value and note"
        if let suggestion = Suggestions.closest(to: name, among: MeasureDataReader.knownColumns) {
          message = "unknown column '\(shown)' is ignored; did you mean '\(suggestion)'?"
        }
        if keeps(.warning) { diagnostics.append(Diagnostic(MeasureDataCode.unknownColumn, .warning, message, at: span)) }
      }
    }
    if !missing.isEmpty {
      let list = missing.map { "'\($0)'" }.joined(separator: ", ")
      let noun = missing.count == 1 ? "column" : "columns"
      if keeps(.error) {
        diagnostics.append(
          Diagnostic(
            MeasureDataCode.badHeader, .error,
            "the header has no \(list) \(noun); expected a header row 'measure,period,value' (optional 'note')",
            at: recordRange(record)))
      }
      usable = false
    }
    return usable ? columns : nil
  }

  mutating func check(_ record: CSVRecordSpan, columns: [String: Int]) {
    let values = fields(of: record)
    let whole = recordRange(record)
    func field(_ name: String) -> (text: String, range: SourceRange)? {
      guard let index = columns[name], index < values.count else { return nil }
      let span = index < record.fields.count ? range(record.fields[index]) : whole
      return (values[index].trimmingASCIIWhitespace(), span)
    }
    guard let measureField = field("measure"), let periodField = field("period"),
      let valueField = field("value")
    else {
      let needed = (columns.values.max() ?? 0) + 1
      if keeps(.error) {
        diagnostics.append(
          Diagnostic(
            MeasureDataCode.malformedRow, .error,
            "the row has \(values.count) field\(values.count == 1 ? "" : "s") but the header needs \(needed)",
            at: whole))
      }
      return
    }
    var rowIsGood = true

    var measure: Measure?
    if measureField.text.isEmpty {
      if keeps(.error) {
        diagnostics.append(Diagnostic(MeasureDataCode.malformedRow, .error, "the row has no measure id", at: measureField.range))
      }
      rowIsGood = false
    } else if let found = measuresByID[measureField.text] {
      measure = found
    } else {
      rowIsGood = false
      if keeps(.error) {
        diagnostics.append(unknownMeasure(measureField.text, at: measureField.range))
      }
    }

    var period: Period?
    do {
      period = try Period(parsing: periodField.text)
    } catch {
      rowIsGood = false
      if keeps(.error) {
        diagnostics.append(Diagnostic(MeasureDataCode.unknownPeriod, .error, error.message, at: periodField.range))
      }
    }

    let reading = Self.decimal(valueField.text, delimiter: delimiter)
    let value = reading.value
    if let problem = reading.problem {
      rowIsGood = false
      if keeps(.error) {
        diagnostics.append(Diagnostic(MeasureDataCode.unparsableValue, .error, problem, at: valueField.range))
      }
    }

    if let measure, let value, let problem = Self.rangeProblem(value, unit: measure.unit) {
      rowIsGood = false
      if keeps(.error) {
        diagnostics.append(
          Diagnostic(
            MeasureDataCode.valueOutOfRange, .error,
            "the value \(MeasureText.number(value)) is outside the range of '\(measure.id)' (\(problem))",
            at: valueField.range))
      }
    }

    guard rowIsGood, let measure, let period, let value else { return }
    let key = "\(measure.id)\u{0}\(period)"
    if let first = firstRow[key] {
      if keeps(.error) {
        diagnostics.append(
          Diagnostic(
            MeasureDataCode.duplicateRow, .error,
            "a second row for '\(measure.id)' in \(period); the row on line \(first.line) is kept",
            at: whole, notes: [DiagnosticNote("first row for '\(measure.id)' in \(period) is here", at: first.range)]))
      }
      return
    }
    firstRow[key] = (record.line, whole)
    let note = field("note").map(\.text).flatMap { $0.isEmpty ? nil : $0 }
    points.append(
      MeasureDataPoint(measure: measure.id, period: period, value: value, note: note, line: record.line, range: whole))
  }

  func unknownMeasure(_ id: String, at range: SourceRange) -> Diagnostic {
    guard let suggestion = Suggestions.closest(to: id, among: measureIDs) else {
      return Diagnostic(
        MeasureDataCode.unknownMeasure, .error, "unknown measure '\(DataText.shown(id))'; the model declares no measure with this id",
        at: range)
    }
    return Diagnostic(
      MeasureDataCode.unknownMeasure, .error, "unknown measure '\(DataText.shown(id))'; did you mean '\(suggestion)'?", at: range,
      fixIts: [FixIt("replace with '\(suggestion)'", range: range, replacement: suggestion)])
  }

  /// A value field read as a number, or why it is not one. A single comma with digits on both
  /// sides and no point is a decimal comma (`82,5`); in a comma file, where it can only come
  /// quoted, not with exactly three digits after it (`1,234` may mean 1234).
  static func decimal(_ text: String, delimiter: CSVDelimiter) -> (value: Double?, problem: String?) {
    if text.isEmpty { return (nil, "the value is empty; leave the row out when there is no data") }
    if let value = number(text) { return (value, nil) }
    let shown = DataText.shown(text)
    let parts = text.split(separator: ",", omittingEmptySubsequences: false)
    let isDigit: (Character) -> Bool = { $0.isASCII && $0.isNumber }
    if parts.count == 2, !text.contains("."), parts[0].last.map(isDigit) == true, parts[1].first.map(isDigit) == true {
      if delimiter == .comma, parts[1].prefix(while: isDigit).count == 3, parts[1].allSatisfy(isDigit) {
        return (
          nil,
          "the value '\(shown)' is ambiguous: 1234 with a thousands separator, or 1.234 with a decimal comma? write it without a thousands separator, with a decimal point (1234 or 1.234)"
        )
      }
      if let value = number(parts[0] + "." + parts[1]) { return (value, nil) }
    }
    if isGrouped(text) {
      return (
        nil,
        "the value '\(shown)' has a thousands separator, which is not accepted; write the number without one, such as 1234.5 (or 1234,5 with a decimal comma)"
      )
    }
    return (nil, "the value '\(shown)' is not a number; write a plain decimal such as 82.5")
  }

  /// Whether `text` looks like a number written with digit groups: only digits, a sign and
  /// separators (`.` `,` space, no-break spaces, apostrophe), with a space or apostrophe or two
  /// or more separators.
  static func isGrouped(_ text: String) -> Bool {
    let separators: Set<Unicode.Scalar> = [".", ",", " ", "'", "\u{A0}", "\u{202F}", "\u{2019}"]
    let scalars = text.unicodeScalars
    guard scalars.contains(where: { ("0"..."9").contains($0) }),
      scalars.allSatisfy({ ("0"..."9").contains($0) || separators.contains($0) || $0 == "-" || $0 == "+" })
    else { return false }
    let groupingOnly: Set<Unicode.Scalar> = [" ", "'", "\u{A0}", "\u{202F}", "\u{2019}"]
    return scalars.contains(where: groupingOnly.contains) || scalars.filter { separators.contains($0) }.count >= 2
  }

  /// A finite decimal number: optional sign, digits, optional fraction, optional exponent.
  static func number(_ text: String) -> Double? {
    guard !text.isEmpty,
      text.unicodeScalars.allSatisfy({ ("0"..."9").contains($0) || "+-.eE".unicodeScalars.contains($0) }),
      text.unicodeScalars.contains(where: { ("0"..."9").contains($0) }),
      let value = Double(text), value.isFinite
    else { return nil }
    return value
  }

  /// Why a value cannot be in a unit, or `nil` when it can.
  static func rangeProblem(_ value: Double, unit: MeasureUnit?) -> String? {
    guard let unit, !unit.admissibleRange.contains(value) else { return nil }
    return "the unit \(unit.rawValue) takes values \(unit.admissibleRange.text)"
  }
}
