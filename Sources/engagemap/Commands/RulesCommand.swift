import ArgumentParser
import EngageMeasures
import EngageRules

/// `engagemap rules`: the rule catalogue as a table, JSON, or the Markdown of docs/RULES.md.
struct RulesCommand: WorkspaceCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List the rule catalogue: code, default severity, name and title.")

  /// How the catalogue is printed.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
  }

  @Option(help: "Output format: text, json or markdown (the text of docs/RULES.md).")
  var format: Format = .text

  func execute(console: Console) throws -> CommandOutcome {
    switch format {
    case .text: try console.write(RuleCatalogue.text(data: MeasureDataCatalogue.family))
    case .json: try console.write(RuleCatalogue.json(data: MeasureDataCatalogue.family))
    case .markdown: try console.write(RuleCatalogue.markdown(data: MeasureDataCatalogue.family))
    }
    return .success()
  }
}
