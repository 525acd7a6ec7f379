import ArgumentParser
import EngageLanguageServer

/// `engagemap lsp`: the language server, over standard input and output.
struct LSPCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "lsp",
    abstract: "Run the EngageMap language server over standard input and output.",
    discussion: """
      Speaks the Language Server Protocol (JSON-RPC 2.0 with Content-Length framing) on standard \
      input and output: diagnostics, hover, definition, references, rename, completion, code \
      actions, formatting and symbols. Editors start it; see editors/README.md. Exit status: 0 \
      after shutdown and exit, 1 after exit without shutdown.
      """
  )

  @Flag(help: .hidden)
  var noParseCache = false

  func run() throws {
    LanguageServer.runOverStandardStreams(reusesParses: !noParseCache)
  }
}
