import ArgumentParser
import EngageLanguage
import EngageWorkspace

/// `engagemap fmt PATH... [--check]` and `engagemap fmt -`: rewrites `.engage` files in the
/// canonical layout, keeping every comment; a file that does not parse is left as it was.
struct FmtCommand: WorkspaceCommand {
  static let configuration = CommandConfiguration(
    commandName: "fmt",
    abstract: "Format .engage files in the canonical layout, keeping every comment.",
    discussion: """
      Each PATH is a .engage file, or a model directory: every file of the model in it, as \
      check reads them (its files and the files they include). A file is rewritten atomically, \
      and only when formatting changes it; its path is printed. A file with errors is left as \
      it was and its diagnostics are printed. With - the text on standard input is formatted \
      to standard output. The layout is described in docs/LANGUAGE.md ("Formatting").
      With --check nothing is written: the paths of the files that would change are printed.
      Exit status: 0 every file formatted (with --check: none would change); 1 a file has \
      errors (with --check: or would change); 2 usage or I/O failure.
      """
  )

  @Argument(
    help: "The .engage files or model directories to format, or - for standard input.",
    completion: .file(extensions: ["engage"]))
  var paths: [String]

  @Flag(help: "Write nothing; list the files that would change and exit 1 when there are any.")
  var check = false

  func validate() throws {
    if paths.isEmpty { throw ValidationError("Missing expected argument '<paths> ...'") }
    if paths.count > 1 && paths.contains(StandardInput.argument) {
      throw ValidationError("'-' (standard input) cannot be formatted together with files")
    }
  }

  func execute(console: Console) throws -> CommandOutcome {
    let workspace = Workspace()
    if paths == [StandardInput.argument] { return try formatStandardInput(workspace, console: console) }
    var status = ExitStatus.success
    for result in workspace.format(try workspace.formattingTargets(paths)) {
      let file: FormattedFile
      switch result {
      case .success(let formatted):
        file = formatted
      case .failure(let error):
        console.report(error)
        status = ExitStatus.usageOrIOFailure
        continue
      }
      let target = file.target
      if case .failure(let failure) = file.result {
        console.printDiagnostics(failure.diagnostics)
        console.printError("\(target.shownAs) was not formatted: fix its errors first")
        status = max(status, ExitStatus.modelFailure)
      } else if file.isChanged {
        if check {
          try console.writeLine(target.shownAs)
          status = max(status, ExitStatus.modelFailure)
        } else {
          do {
            try workspace.write(file)
            try console.writeLine("formatted \(target.shownAs)")
          } catch let failure as AtomicWriteError {
            console.printError(failure.message)
            status = ExitStatus.usageOrIOFailure
          }
        }
      }
    }
    return CommandOutcome(status: status)
  }

  /// `fmt -`: standard input to standard output, or with `--check` only whether it would change.
  private func formatStandardInput(_ workspace: Workspace, console: Console) throws -> CommandOutcome {
    let bytes: [UInt8]
    do {
      bytes = try StandardInput.readAll()
    } catch {
      throw WorkspaceError.failure(error.description)
    }
    let file = workspace.format(bytes, shownAs: Workspace.standardInputName)
    switch file.result {
    case .failure(let failure):
      console.printDiagnostics(failure.diagnostics)
      console.printError("\(Workspace.standardInputName) was not formatted: fix its errors first")
      return CommandOutcome(status: ExitStatus.modelFailure)
    case .success(let formatted):
      if check {
        guard file.isChanged else { return .success() }
        try console.writeLine(Workspace.standardInputName)
        return CommandOutcome(status: ExitStatus.modelFailure)
      }
      try console.write(formatted.text)
      return .success()
    }
  }
}
