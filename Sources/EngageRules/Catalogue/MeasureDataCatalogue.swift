import EngageLanguage
import EngageMeasures

/// The measure-data diagnostics (`EM04xx`) as catalogue entries: problems in a data CSV file
/// given with `--data`, reported at its line and column. The codes and titles are
/// `MeasureDataCode.catalogue`'s; this adds a name, the severity the reader gives each, and what
/// to do about it. They are not configurable with `settings`: they are about a data file, not
/// the model.
public enum MeasureDataCatalogue {
  /// One measure-data code.
  public struct Entry: Sendable {
    public let code: DiagnosticCode
    public let name: String
    public let severity: Severity
    public let title: String
    /// What the code means and how to fix the row.
    public let detail: String
  }

  /// Name, severity and detail of each code of `MeasureDataCode.catalogue`.
  static let details: [DiagnosticCode: (name: String, severity: Severity, detail: String)] = [
    MeasureDataCode.unknownMeasure: (
      "unknown-measure", .error,
      "A row names a measure id the model does not declare. The message suggests the closest id (with a fix-it) when one is close; correct the id or declare the measure."
    ),
    MeasureDataCode.unparsableValue: (
      "unparsable-value", .error,
      "The value is empty or not a finite decimal number. Write a plain decimal (`82`, `82.5`, `-1`, `1e3`): no `%`, no thousands separators."
    ),
    MeasureDataCode.unknownPeriod: (
      "unknown-period", .error,
      "The period is not a month `2026-10`, a quarter `2026-Q3`, an ISO week `2026-W41` or a year `2026`, or it names one that does not exist (`2026-13`, `2026-Q5`, `2027-W53`)."
    ),
    MeasureDataCode.duplicateRow: (
      "duplicate-row", .error,
      "A second row for the same measure and period. The first row is kept and a note points at it; remove or correct one of them."
    ),
    MeasureDataCode.valueOutOfRange: (
      "value-out-of-range", .error,
      "The value lies outside its unit's range: `percent` takes 0–100; `count`, `days`, `hours` and `minutes` take 0 or more (`ratio`, `score` and `currency` are unbounded)."
    ),
    MeasureDataCode.badHeader: (
      "bad-header", .error,
      "The file has no header, its header lacks a `measure`, `period` or `value` column, or names a column twice. Nothing in the file can be read, so the data is unusable (exit 2)."
    ),
    MeasureDataCode.malformedRow: (
      "malformed-row", .error,
      "A row has fewer fields than the header needs, or an empty measure id. Complete the row or remove it."
    ),
    MeasureDataCode.unknownColumn: (
      "unknown-column", .warning,
      "The header names a column EngageMap does not know (the columns are `measure`, `period`, `value` and an optional `note`). The column is ignored."
    ),
    MeasureDataCode.unterminatedQuote: (
      "unterminated-quote", .error,
      "A field opens with `\"` that is not closed on its line and would swallow the rows after it: no closing quote follows before the end of the file, or a stray quote lines later (one neither doubled nor followed by a comma or a line end) or rows inside a measure id, period or value show that it was meant to close on its line. The row is reported at the quote and skipped, and reading resumes on the next line, so the rows after it are still read. Close the quote, or double a quote inside a quoted field (`\"say \"\"hi\"\"\"`); a note may span lines when its quotes are closed."
    ),
    MeasureDataCode.tooManyProblems: (
      "too-many-problems", .error,
      "The data file has more problems than are reported for one file (1,000, as for a model file): the last diagnostic says how many more were found. Fix the ones shown (often one cause, such as a wrong column order or an exported file in another format) and read the data again."
    ),
  ]

  /// Every measure-data code, in code order.
  public static let entries: [Entry] = MeasureDataCode.catalogue.map { code, title in
    let detail = details[code]
    return Entry(
      code: code, name: detail?.name ?? code.rawValue.lowercased(), severity: detail?.severity ?? .error,
      title: sentence(title), detail: detail?.detail ?? sentence(title) + ".")
  }

  /// The entry for a code (`EM0401`) or a name (`unknown-measure`).
  public static func entry(_ codeOrName: String) -> Entry? {
    entries.first { $0.code.rawValue == codeOrName.uppercased() || $0.name == codeOrName }
  }

  /// The range of codes, e.g. `EM0401–EM0410`.
  public static var codeSpan: String {
    "\(entries.first?.code.rawValue ?? "EM0401")–\(entries.last?.code.rawValue ?? "EM0401")"
  }

  public static let explanation = """
    Measure-data diagnostics come from reading the CSV file given to `engagemap measures --data` \
    or `engagemap render --data` (columns `measure`, `period`, `value`, optional `note`). Each \
    is reported at the file's line and column; a bad row is skipped and every other row is still \
    evaluated. They are about the data, not the model, so `settings` cannot change them. \
    `docs/MEASURES.md` describes the data format.
    """

  /// `unknown measure id in data` → `Unknown measure id in data`.
  private static func sentence(_ title: String) -> String {
    guard let first = title.first else { return title }
    return first.uppercased() + title.dropFirst()
  }
}
