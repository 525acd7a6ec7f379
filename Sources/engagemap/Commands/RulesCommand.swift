import ArgumentParser
import EngageMeasures
import EngageRules

/// `engagemap rules`: the rule catalogue as a table, JSON, or the Markdown of docs/RULES.md.
struct RulesCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "rules",
    abstract: "List the rule catalogue: code, default severity, name and title.")

  /// How the catalogue is printed.
  enum Format: String, ExpressibleByArgument, CaseIterable {
    case text, json, markdown
  }

  @Option(help: "Output format: text, json or markdown (the text of docs/RULES.md).")
  var format: Format = .text

  func run() throws {
    switch format {
    case .text: print(RuleCatalogue.text(data: MeasureDataCatalogue.family), terminator: "")
    case .json: print(RuleCatalogue.json(data: MeasureDataCatalogue.family), terminator: "")
    case .markdown: print(RuleCatalogue.markdown(data: MeasureDataCatalogue.family), terminator: "")
    }
  }
}
