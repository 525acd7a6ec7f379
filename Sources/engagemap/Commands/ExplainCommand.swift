import ArgumentParser
import EngageMeasures
import EngageRules
import EngageWorkspace

/// `engagemap explain CODE|NAME`: one rule's explanation, source, a model that violates it, what
/// `check` reports on that model, and the fixed model.
struct ExplainCommand: WorkspaceCommand {
  static let configuration = CommandConfiguration(
    commandName: "explain",
    abstract: "Explain a rule, with a model that violates it and the fix.")

  @Argument(help: "A rule's code (EM0103) or name (step-reachable), or a language (EM00xx) or measure-data (EM04xx) code.")
  var rule: String

  func execute(console: Console) throws -> CommandOutcome {
    switch RuleCatalogue.lookup(rule, data: MeasureDataCatalogue.family) {
    case .rule(let found):
      try console.write(RuleCatalogue.explanation(of: found.descriptor, colour: console.outputInColour))
    case .language(let entry):
      try console.write(RuleCatalogue.explanation(of: entry))
    case .data(let entry):
      try console.write(RuleCatalogue.explanation(of: entry, in: MeasureDataCatalogue.family))
    case .unknown(let suggestion):
      let hint = suggestion.map { "; did you mean '\($0)'?" } ?? "; `engagemap rules` lists the rules"
      throw WorkspaceError.failure("unknown rule '\(rule)'\(hint)")
    }
    return .success()
  }
}
