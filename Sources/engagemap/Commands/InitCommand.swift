import ArgumentParser
import EngageWorkspace

/// `engagemap init DIR [--name NAME]`: a starter model that walks through the five steps of the
/// process approach, with measure data, in a new or empty directory.
struct InitCommand: WorkspaceCommand {
  static let configuration = CommandConfiguration(
    commandName: "init",
    abstract: "Write a starter model into a new or empty directory.",
    discussion: """
      Writes DIR/\(StarterModel.modelFile), a model that walks through the five steps of the \
      process approach (purpose, mega-processes by client, a reference process, measures, a \
      relation) with a comment explaining each, and DIR/\(StarterModel.dataFile), six months \
      of data for its measures. It checks clean, renders and is formatted. DIR is created when \
      missing; a DIR that holds anything is refused.
      Exit status: 0 written; 2 usage or I/O failure (DIR not empty, nothing written).
      """
  )

  @Argument(help: "The directory to write the model into (new, or empty).", completion: .directory)
  var directory: String

  @Option(help: "The organisation's name, its title in the model; its id is made from it.")
  var name: String = StarterModel.defaultName

  func execute(console: Console) throws -> CommandOutcome {
    let written = try Workspace().createStarterModel(in: directory, name: name)
    try console.writeLine("\(directory): wrote \(written.joined(separator: " and "))")
    try console.writeLine(
      "next: engagemap check \(directory); engagemap render \(directory); engagemap measures \(directory) --data \(directory)/\(StarterModel.dataFile)"
    )
    return .success()
  }
}
