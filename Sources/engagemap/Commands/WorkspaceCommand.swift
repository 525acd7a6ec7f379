import ArgumentParser

/// A command that parses its arguments, calls the workspace and prints, then returns its
/// outcome instead of ending the process: `EngageMapCommand.main()` prints any failure and ends
/// the process once, for every command.
protocol WorkspaceCommand: ParsableCommand {
  /// Runs the command, writing its results through `console`. Throws `WorkspaceError`,
  /// `AtomicWriteError` or `StandardStreamError` (standard output failed), which `main()` prints
  /// and turns into an exit status.
  func execute(console: Console) throws -> CommandOutcome
}

extension WorkspaceCommand {
  /// Runs the command as ArgumentParser's own `main()` would (used when the command is run
  /// outside `EngageMapCommand.main()`): a failing status becomes an `ExitCode`.
  mutating func run() throws {
    let outcome = try execute(console: Console())
    if outcome.status != ExitStatus.success { throw ExitCode(outcome.status) }
  }
}

/// How a command ended: its exit status, and what should stay alive until the process ends
/// (the model and its graph: ending the process skips tearing them down).
struct CommandOutcome {
  let status: Int32
  let keptAlive: Any?

  init(status: Int32, keepingAlive keptAlive: Any? = nil) {
    self.status = status
    self.keptAlive = keptAlive
  }

  static func success(keepingAlive keptAlive: Any? = nil) -> CommandOutcome {
    CommandOutcome(status: ExitStatus.success, keepingAlive: keptAlive)
  }
}
