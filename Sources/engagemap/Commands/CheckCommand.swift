import ArgumentParser
import EngageLanguage
import EngageRules
import EngageWorkspace

/// `engagemap check MODEL [--format text|json|sarif] [--strict]`: parse, resolve and validate a
/// model, print every diagnostic, exit 1 when it has errors (or warnings under `--strict`).
struct CheckCommand: WorkspaceCommand {
  static let configuration = CommandConfiguration(
    commandName: "check",
    abstract: "Check a model and print every diagnostic.",
    discussion: """
      MODEL is one .engage file or a directory of them, or - to read one file from standard \
      input (named <stdin> in diagnostics; its includes are relative to the working directory \
      and may not leave it). Text diagnostics go to standard error and a one-line summary to \
      standard output; json and sarif go to standard output. Findings suppressed by an `allow` \
      in the model never fail the check; text output counts them in the summary and prints them \
      with --show-suppressed; json and sarif always include them, marked.
      Exit status: 0 clean, 1 errors (or warnings with --strict), 2 usage or I/O failure.
      """
  )

  /// How diagnostics are written.
  enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, sarif
  }

  @OptionGroup var input: ModelInput

  @Option(help: "Output format: text, json or sarif.")
  var format: OutputFormat = .text

  @Flag(help: "Fail on warnings as well as errors (info never fails).")
  var strict = false

  @Flag(help: "Print the findings that `allow` statements suppress, marked (suppressed), in text output.")
  var showSuppressed = false

  func execute(console: Console) throws -> CommandOutcome {
    let workspace = Workspace()
    let check = workspace.check(try input.load(in: workspace))
    switch format {
    case .text:
      console.printDiagnostics(check.diagnostics, showSuppressed: showSuppressed)
      try console.writeLine(check.summary)
    case .json:
      try console.writeLine(DiagnosticJSON.encode(check.diagnostics))
    case .sarif:
      try console.writeLine(SARIFReport.render(check.diagnostics))
    }
    let status = check.fails(strict: strict) ? ExitStatus.modelFailure : ExitStatus.success
    return CommandOutcome(status: status, keepingAlive: check)
  }
}
