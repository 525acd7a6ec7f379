import EngageLanguage
import EngageWorkspace

/// Where a command's output goes: results to standard output (a failure there is an error the
/// command stops on), diagnostics and messages to standard error (in colour on a terminal).
/// A failure to write standard error is ignored: there is nowhere left to report it, and the
/// exit status still tells the outcome.
struct Console {
  /// Writes a command's result to standard output.
  func write(_ text: String) throws(StandardStreamError) {
    try StandardStream.output.write(text)
  }

  /// Writes a line of a command's result to standard output.
  func writeLine(_ text: String) throws(StandardStreamError) {
    try StandardStream.output.writeLine(text)
  }

  /// Whether standard output may be written in colour.
  var outputInColour: Bool { TerminalColour.isEnabled(for: .output) }

  /// Prints diagnostics as text on standard error, in colour when it is a terminal and
  /// `NO_COLOR` is not set. Findings an `allow` suppresses are left out unless `showSuppressed`.
  func printDiagnostics(_ all: [Diagnostic], showSuppressed: Bool = false) {
    let diagnostics = showSuppressed ? all : all.unsuppressed
    guard !diagnostics.isEmpty else { return }
    let formatter = DiagnosticTextFormatter(colour: TerminalColour.isEnabled(for: .error))
    try? StandardStream.error.writeLine(formatter.format(diagnostics))
  }

  /// Prints `error: message` on standard error.
  func printError(_ message: String) {
    try? StandardStream.error.writeLine("error: \(message)")
  }

  /// Prints `text` and a newline on standard error (ArgumentParser's usage messages).
  func printOnStandardError(_ text: String) {
    try? StandardStream.error.write(text + "\n")
  }

  /// Prints a workspace failure: its diagnostics, then its message.
  func report(_ failure: WorkspaceError) {
    printDiagnostics(failure.diagnostics)
    if let message = failure.message { printError(message) }
  }
}
