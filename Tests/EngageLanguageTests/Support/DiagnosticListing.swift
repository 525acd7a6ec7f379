@testable import EngageLanguage

/// Diagnostics written exactly and compactly, one line each, for golden files and expectations:
/// `line:col-line:col severity code message`, then each note and fix-it indented under it. A
/// range in another file than the diagnostic's is written with its path; `-` stands for no range.
enum DiagnosticListing {
  static func lines(_ diagnostics: [Diagnostic]) -> [String] {
    diagnostics.flatMap { diagnostic in
      let file = diagnostic.range?.file
      return ["\(span(diagnostic.range, in: file)) \(diagnostic.severity.rawValue) \(diagnostic.code) \(diagnostic.message)"]
        + diagnostic.notes.map { "  note \(span($0.range, in: file)) \($0.message)" }
        + diagnostic.fixIts.map { "  fix-it \(span($0.range, in: file)) \(quoted($0.replacement)): \($0.message)" }
    }
  }

  static func text(_ diagnostics: [Diagnostic]) -> String {
    lines(diagnostics).map { $0 + "\n" }.joined()
  }

  /// `line:col-line:col` (the end exclusive), with the path first when the range is in a file
  /// other than `file`.
  static func span(_ range: SourceRange?, in file: SourceFile?) -> String {
    guard let range else { return "-" }
    let bounds = "\(range.startLocation)-\(range.endLocation)"
    return range.file == file ? bounds : "\(range.file.path):\(bounds)"
  }

  static func quoted(_ text: String) -> String { ASTDumper.quote(text) }
}
