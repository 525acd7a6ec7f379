import EngageLanguage
import EngageModel

/// The measure-data diagnostics (`EM04xx`) as the catalogue shows them (`engagemap rules`,
/// `engagemap explain`, `docs/RULES.md`): problems in a data CSV file given with `--data`,
/// reported at its line and column. Each code's name, the severity the reader gives it, a title
/// and what to do about it. They are not configurable with `settings`: they are about a data
/// file, not the model.
public enum MeasureDataCatalogue {
  /// Every measure-data code, in code order.
  public static let family = DiagnosticCodeFamily(
    entries: [
      entry(
        MeasureDataCode.unknownMeasure, "unknown-measure", .error, "Unknown measure id in data",
        "A row names a measure id the model does not declare. The message suggests the closest id (with a fix-it) when one is close; correct the id or declare the measure."
      ),
      entry(
        MeasureDataCode.unparsableValue, "unparsable-value", .error, "Value is not a number",
        "The value is empty or not a finite decimal number. Write a plain decimal (`82`, `82.5`, `-1`, `1e3`): no `%`, no thousands separators."
      ),
      entry(
        MeasureDataCode.unknownPeriod, "unknown-period", .error, "Unknown period format",
        "The period is not a month `2026-10`, a quarter `2026-Q3`, an ISO week `2026-W41` or a year `2026`, or it names one that does not exist (`2026-13`, `2026-Q5`, `2027-W53`)."
      ),
      entry(
        MeasureDataCode.duplicateRow, "duplicate-row", .error, "Duplicate row for the same measure and period",
        "A second row for the same measure and period. The first row is kept and a note points at it; remove or correct one of them."
      ),
      entry(
        MeasureDataCode.valueOutOfRange, "value-out-of-range", .error, "Value outside its unit's range",
        "The value lies outside its unit's range: \(MeasureUnit.admissibleRangeSummary)."
      ),
      entry(
        MeasureDataCode.badHeader, "bad-header", .error, "Bad header or empty data file",
        "The file has no header, its header lacks a `measure`, `period` or `value` column, or names a column twice. Nothing in the file can be read, so the data is unusable (exit 2)."
      ),
      entry(
        MeasureDataCode.malformedRow, "malformed-row", .error, "Row with missing fields",
        "A row has fewer fields than the header needs, or an empty measure id. Complete the row or remove it."
      ),
      entry(
        MeasureDataCode.unknownColumn, "unknown-column", .warning, "Unknown column ignored",
        "The header names a column EngageMap does not know (the columns are `measure`, `period`, `value` and an optional `note`). The column is ignored."
      ),
      entry(
        MeasureDataCode.unterminatedQuote, "unterminated-quote", .error, "Quoted field with no closing quote",
        "A field opens with `\"` that is not closed on its line and would swallow the rows after it: no closing quote follows before the end of the file, or a stray quote lines later (one neither doubled nor followed by a comma or a line end) or rows inside a measure id, period or value show that it was meant to close on its line. The row is reported at the quote and skipped, and reading resumes on the next line, so the rows after it are still read. Close the quote, or double a quote inside a quoted field (`\"say \"\"hi\"\"\"`); a note may span lines when its quotes are closed."
      ),
      entry(
        MeasureDataCode.tooManyProblems, "too-many-problems", .error, "Too many problems in one data file",
        "The data file has more problems than are reported for one file (1,000, as for a model file): the last diagnostic says how many more were found. Fix the ones shown (often one cause, such as a wrong column order or an exported file in another format) and read the data again."
      ),
    ],
    explanation: """
      Measure-data diagnostics come from reading the CSV file given to `engagemap measures --data` \
      or `engagemap render --data` (columns `measure`, `period`, `value`, optional `note`). Each \
      is reported at the file's line and column; a bad row is skipped and every other row is still \
      evaluated. They are about the data, not the model, so `settings` cannot change them. \
      `docs/MEASURES.md` describes the data format.
      """)

  private static func entry(
    _ code: DiagnosticCode, _ name: String, _ severity: Severity, _ title: String, _ detail: String
  ) -> DiagnosticCodeFamily.Entry {
    DiagnosticCodeFamily.Entry(code: code, name: name, severity: severity, title: title, detail: detail)
  }
}
