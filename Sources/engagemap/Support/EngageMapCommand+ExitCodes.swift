import ArgumentParser
import EngageWorkspace

extension EngageMapCommand {
  /// Runs the command line like ArgumentParser's own `main()`, except that every byte is
  /// written through `StandardStream` (a failure to write standard output ends the command with
  /// exit status 2, never a crash), usage errors exit with 2 (the project's code for usage, I/O
  /// and internal failures) instead of 64, and commands return their outcome rather than end
  /// the process themselves.
  static func main() {
    StandardStream.prepareForFailingWrites()
    let console = Console()
    var outcome: CommandOutcome?
    let status: Int32
    do {
      if let unknown = UnknownSubcommand.message(for: Array(CommandLine.arguments.dropFirst())) {
        console.printError(unknown)
        console.printOnStandardError("Usage: engagemap <subcommand>\n  See 'engagemap --help' for more information.")
        ExitStatus.endProcess(ExitStatus.usageOrIOFailure, keepingAlive: nil)
      }
      var command = try parseAsRoot()
      if let workspaceCommand = command as? any WorkspaceCommand {
        outcome = try workspaceCommand.execute(console: console)
        status = outcome?.status ?? ExitStatus.success
      } else {
        try command.run()
        status = ExitStatus.success
      }
    } catch {
      status = report(error, on: console)
    }
    ExitStatus.endProcess(status, keepingAlive: outcome)
  }

  /// Prints `error` as the command line reports it and returns the exit status it maps to.
  private static func report(_ error: Error, on console: Console) -> Int32 {
    switch error {
    case let failure as WorkspaceError:
      console.report(failure)
      return failure.exitStatus
    case let failure as AtomicWriteError:
      console.printError(failure.message)
      return ExitStatus.usageOrIOFailure
    case let failure as StandardStreamError:
      console.printError(failure.description)
      return ExitStatus.usageOrIOFailure
    case let exitCode as ExitCode:
      return exitCode.rawValue
    default:
      // ArgumentParser's help, version and usage messages: what its `exit(withError:)` would
      // print, written here so that a failing standard output is an error, not a crash.
      let message = fullMessage(for: error)
      guard exitCode(for: error) == .success else {
        if !message.isEmpty { console.printOnStandardError(message) }
        return ExitStatus.usageOrIOFailure
      }
      do {
        if !message.isEmpty { try console.write(message + "\n") }
        return ExitStatus.success
      } catch {
        console.printError(error.description)
        return ExitStatus.usageOrIOFailure
      }
    }
  }
}
