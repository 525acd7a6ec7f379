import EngageLanguage

/// The codes of measure-data diagnostics (`EM04xx`): problems in a data CSV file, reported at
/// the file's line and column. A bad row is skipped; every other row is still evaluated.
/// `MeasureDataCatalogue` names and explains them.
public enum MeasureDataCode {
  /// A row names a measure id the model does not declare (with a "did you mean").
  public static let unknownMeasure: DiagnosticCode = "EM0401"
  /// A value that is empty or not a finite decimal number (`85`, `85.5`, `-2`, or with a decimal
  /// comma `85,5`), or written with a thousands separator.
  public static let unparsableValue: DiagnosticCode = "EM0402"
  /// A period that is not a month `2026-10`, quarter `2026-Q3`, ISO week `2026-W41` or year
  /// `2026`, or names one that does not exist (`2026-13`, `2026-Q5`, `2027-W53`).
  public static let unknownPeriod: DiagnosticCode = "EM0403"
  /// A second row for the same measure and period; the first row is kept, a note points at it.
  public static let duplicateRow: DiagnosticCode = "EM0404"
  /// A value outside its unit's range (`MeasureUnit.admissibleRange`).
  public static let valueOutOfRange: DiagnosticCode = "EM0405"
  /// A header without a `measure`, `period` or `value` column, a column named twice, a header
  /// whose delimiter cannot be decided, or a file with no header at all. Nothing in the file can
  /// be read.
  public static let badHeader: DiagnosticCode = "EM0406"
  /// A row with fewer fields than the header needs, or an empty measure id.
  public static let malformedRow: DiagnosticCode = "EM0407"
  /// A header column EngageMap does not know; a warning, the column is ignored.
  public static let unknownColumn: DiagnosticCode = "EM0408"
  /// A quoted field whose closing quote never comes: the row is skipped, and the rows after it
  /// are read from the next line on rather than swallowed into the field.
  public static let unterminatedQuote: DiagnosticCode = "EM0409"
  /// More problems than the reader reports for one file; the last diagnostic counts the rest.
  public static let tooManyProblems: DiagnosticCode = "EM0410"
}
