import ArgumentParser
import EngageMeasures
import EngageRules

/// `engagemap explain CODE|NAME`: one rule's explanation, source, a model that violates it, what
/// `check` reports on that model, and the fixed model.
struct ExplainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Explain a rule, with a model that violates it and the fix.")

  @Argument(help: "A rule's code (EM0103) or name (step-reachable), or a language (EM00xx) or measure-data (EM04xx) code.")
  var rule: String

  func run() throws {
    switch RuleCatalogue.lookup(rule, data: MeasureDataCatalogue.family) {
    case .rule(let found):
      let colour = TerminalColour.isEnabled(for: .output)
      print(RuleCatalogue.explanation(of: found.descriptor, colour: colour), terminator: "")
    case .language(let entry):
      print(RuleCatalogue.explanation(of: entry), terminator: "")
    case .data(let entry):
      print(RuleCatalogue.explanation(of: entry, in: MeasureDataCatalogue.family), terminator: "")
    case .unknown(let suggestion):
      let hint = suggestion.map { "; did you mean '\($0)'?" } ?? "; `engagemap rules` lists the rules"
      throw ExitStatus.failure("unknown rule '\(rule)'\(hint)")
    }
  }
}
