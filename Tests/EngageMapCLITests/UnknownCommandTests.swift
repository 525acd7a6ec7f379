import Testing

@testable import engagemap

/// A first argument that is no command gets "did you mean" (or the list of commands) and exit 2.
@Suite("Unknown commands")
struct UnknownCommandTests {
  /// The commands as the message lists them (other commands may join them).
  static let commandList = UnknownSubcommand.subcommandNames.filter { $0 != "help" }.joined(separator: ", ")

  @Test(arguments: [
    (["chek", "Models/riverside"], "error: unknown command 'chek'; did you mean 'check'?"),
    (["rendr"], "error: unknown command 'rendr'; did you mean 'render'?"),
    (["fnt", "x.engage"], "error: unknown command 'fnt'; did you mean 'fmt'?"),
    (["exprot"], "error: unknown command 'exprot'; did you mean 'export'?"),
    (["frobnicate"], "error: unknown command 'frobnicate'; the commands are \(UnknownCommandTests.commandList)"),
  ])
  func unknownCommandSuggestsTheClosestOne(_ arguments: [String], _ message: String) throws {
    let result = try CLIRunner.run(arguments)
    #expect(result.status == 2)
    #expect(result.standardOutput == "")
    #expect(
      result.standardError == "\(message)\nUsage: engagemap <subcommand>\n  See 'engagemap --help' for more information.\n")
  }

  @Test func commandsAndOptionsAreNotUnknown() {
    #expect(UnknownSubcommand.message(for: []) == nil)
    #expect(UnknownSubcommand.message(for: ["--help"]) == nil)
    #expect(UnknownSubcommand.message(for: ["---completion", "render"]) == nil)
    for name in UnknownSubcommand.subcommandNames {
      #expect(UnknownSubcommand.message(for: [name, "x"]) == nil, "\(name)")
    }
    #expect(UnknownSubcommand.subcommandNames.contains("fmt") && UnknownSubcommand.subcommandNames.contains("init"))
  }

  @Test func aLongWordIsShortenedInTheMessage() {
    let word = String(repeating: "x", count: 100)
    #expect(
      UnknownSubcommand.message(for: [word])
        == "unknown command '\(String(repeating: "x", count: 37))...'; the commands are \(Self.commandList)")
    #expect(Self.commandList.hasPrefix("check, render, measures, export, rules, explain"))
  }
}
