import ArgumentParser
import Foundation

extension EngageMapCommand {
  /// Runs the command line like ArgumentParser's own `main()`, except that usage errors exit
  /// with 2 (the project's code for usage, I/O and internal failures) instead of 64.
  static func main() {
    do {
      var command = try parseAsRoot()
      try command.run()
    } catch {
      if exitCode(for: error) == .validationFailure {
        StandardStream.error.writeLine(fullMessage(for: error))
        Foundation.exit(ExitStatus.usageOrIOFailure)
      }
      exit(withError: error)
    }
  }
}
