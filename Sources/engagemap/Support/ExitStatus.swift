import ArgumentParser
import EngageLanguage
import EngageRules

/// The exit codes every command shares: 0 success; 1 the model has errors (or warnings under
/// `--strict`), or measures missed their targets; 2 usage, I/O or internal failure.
enum ExitStatus {
  static let success: Int32 = 0
  static let modelFailure: Int32 = 1
  static let usageOrIOFailure: Int32 = 2

  /// 1 when any diagnostic is an error, or a warning under `strict`; `info` never fails.
  static func code(for diagnostics: [Diagnostic], strict: Bool) -> Int32 {
    RuleRunner.fails(diagnostics, strict: strict) ? modelFailure : success
  }

  /// Throws the `ExitCode` for `diagnostics` when it is not success.
  static func exitIfFailing(_ diagnostics: [Diagnostic], strict: Bool) throws {
    let status = code(for: diagnostics, strict: strict)
    if status != success { throw ExitCode(status) }
  }

  /// Reports an I/O or usage failure on standard error and returns the error to throw.
  static func failure(_ message: String) -> ExitCode {
    StandardStream.error.writeLine("error: \(message)")
    return ExitCode(usageOrIOFailure)
  }
}
