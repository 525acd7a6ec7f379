import ArgumentParser
import EngageLanguage

/// A first argument that names no subcommand (`engagemap chek model`), caught before
/// ArgumentParser, which would only call it an unexpected argument.
enum UnknownSubcommand {
  /// The message for `arguments` (without the program name) when the first one is a word that
  /// is not a subcommand: `unknown command 'chek'; did you mean 'check'?`, or the list of
  /// commands when none is close; `nil` when the arguments start with an option or a
  /// subcommand.
  static func message(for arguments: [String], subcommands: [String] = subcommandNames) -> String? {
    guard let first = arguments.first, !first.hasPrefix("-"), !first.isEmpty, !subcommands.contains(first) else {
      return nil
    }
    let shown = first.count > 40 ? String(first.prefix(37)) + "..." : first
    if let suggestion = Suggestions.closest(to: first, among: subcommands) {
      return "unknown command '\(shown)'; did you mean '\(suggestion)'?"
    }
    return "unknown command '\(shown)'; the commands are \(subcommands.filter { $0 != "help" }.joined(separator: ", "))"
  }

  /// The root command's subcommands, and `help`, which ArgumentParser provides.
  static var subcommandNames: [String] {
    EngageMapCommand.configuration.subcommands.map { $0._commandName } + ["help"]
  }
}
