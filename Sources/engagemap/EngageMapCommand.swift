import ArgumentParser

/// The `engagemap` command line: thin commands over the EngageMap libraries.
@main
struct EngageMapCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "engagemap",
    abstract: "Model, validate and map patient-engagement processes.",
    version: "0.1.0",
    subcommands: [
      CheckCommand.self, RenderCommand.self, MeasuresCommand.self, ExportCommand.self,
      RulesCommand.self, ExplainCommand.self, SiteCommand.self, ServeCommand.self,
      FmtCommand.self, InitCommand.self, LSPCommand.self,
    ]
  )
}
