/// Writes a `.engage` file in the canonical layout (docs/LANGUAGE.md, "Formatting"): 2 spaces
/// of indentation per block, one statement per line, one space between tokens (none around `.`
/// or before `,`), `"strings"` escaped only where they must be, triple-quoted text re-indented,
/// at most one blank line kept between statements, every comment kept where it stands, `\n`
/// line ends, no byte-order mark, and one final line end.
///
/// Only a file that parses without a diagnostic is formatted; for any other the parse
/// diagnostics are returned instead. Formatting changes layout only: the tokens (strings by
/// value) and comments of the result are those of the file, which is checked before the
/// result is returned, and `format(format(x)) == format(x)`.
///
/// A stateless function of its input: call it from any thread, as often as needed.
public enum SourceFormatter {
  /// The file in the canonical layout, or why it was not formatted.
  public static func format(_ file: SourceFile) -> Result<FormattedSource, FormattingFailure> {
    let parsed = Parser.parse(file)
    guard parsed.diagnostics.isEmpty else { return .failure(.doesNotParse(parsed.diagnostics)) }
    let lexed = Lexer.tokenize(file)
    let tree = LayoutTree(file: file, tokens: lexed.tokens, comments: lexed.comments)
    let bytes = LayoutPrinter.print(tree)
    if let difference = FormattingCheck.difference(original: lexed, file: file, formatted: bytes) {
      return .failure(.wouldChangeMeaning(difference))
    }
    return .success(FormattedSource(original: file, formatted: bytes))
  }

  /// The text of `file` in the canonical layout, or `nil` when it does not parse.
  public static func formattedText(_ file: SourceFile) -> String? {
    try? format(file).get().text
  }
}

/// The result of formatting one file: its new text, whether that differs from the file's, and
/// the range an editor replaces with it (the whole document).
public struct FormattedSource: Sendable, Hashable {
  /// The formatted text.
  public let text: String
  /// Whether `text` differs from the file's text (without its byte-order mark, which
  /// `SourceFile` has already dropped: compare with the bytes on disk to see a dropped mark).
  public let isChanged: Bool
  /// The end of the file's text as editors count lines and columns: replacing everything from
  /// line 0, column 0 to here with `text` formats the document (an LSP "format document" edit).
  public let documentEnd: DocumentPosition

  init(original file: SourceFile, formatted bytes: [UInt8]) {
    text = String(decoding: bytes, as: UTF8.self)
    isChanged = bytes != file.bytes
    documentEnd = DocumentPosition.end(of: file.bytes)
  }
}

/// Why a file was not formatted.
public enum FormattingFailure: Error, Sendable, Hashable {
  /// The file has errors: its parse diagnostics, in output order.
  case doesNotParse([Diagnostic])
  /// The layout would have changed the file's tokens or comments (a defect of the formatter,
  /// guarded against): where, as a diagnostic.
  case wouldChangeMeaning(Diagnostic)

  /// The diagnostics to show for the failure.
  public var diagnostics: [Diagnostic] {
    switch self {
    case .doesNotParse(let diagnostics): diagnostics
    case .wouldChangeMeaning(let diagnostic): [diagnostic]
    }
  }
}
