import ArgumentParser
import Foundation
import Testing

@testable import engagemap

/// Shell completions: MODEL arguments complete `.engage` files and directories, `--view` the
/// view names, and `render --process` the process ids of the model on the command line, which
/// `engagemap` itself lists (`ProcessCompletion`, tested here in-process and through bash).
@Suite("Shell completions")
struct CompletionTests {
  static let riverside = "\(CLIRunner.packageRoot)/Models/riverside"

  @Test func processIdsOfTheModelOnTheCommandLine() {
    let words = ["engagemap", "render", Self.riverside, "--process", "sh"]
    #expect(ProcessCompletion.complete(words, 4, "sh") == ["shared_care_planning"])
    let all = ProcessCompletion.complete(["engagemap", "render", Self.riverside, "--process", ""], 4, "")
    #expect(all.count == 13)
    #expect(all == all.sorted())
    #expect(all.contains("committee_cycle") && all.contains("disclosure"))
  }

  @Test(arguments: [
    (["engagemap", "render", "M", "--process", ""], 4, "M"),
    (["engagemap", "render", "--view", "process", "M", "--process", "x"], 6, "M"),
    (["engagemap", "render", "--format", "svg", "-o", "out", "--data", "d.csv", "M", "--process", ""], 10, "M"),
    (["engagemap", "render", "--process", "x", "M"], 3, "M"),
    (["engagemap", "render", "--collapse-above", "5", "\"My Models/m\"", "--process", ""], 6, "My Models/m"),
    (["engagemap", "render", "My\\ Models/m", "--process", ""], 4, "My Models/m"),
    (["engagemap", "render", "--process", ""], 3, nil),
  ] as [([String], Int, String?)])
  func theModelIsTheFirstWordThatIsNotAnOptionOrItsValue(_ words: [String], _ index: Int, _ model: String?) {
    #expect(ProcessCompletion.modelPath(in: words, completing: index) == model)
  }

  @Test func homeIsExpanded() {
    let home = ProcessInfo.processInfo.environment["HOME"] ?? ""
    #expect(ProcessCompletion.unquoted("~/models/m") == home + "/models/m")
  }

  @Test func nestedProcessesAreListedEvenWhenTheModelHasErrors() throws {
    let scratch = try ScratchDirectory()
    try scratch.write(
      "m.engage", "megaprocess mp {\n  process inner { owner nobody }\n}\nprocess outer {\n  kidn main\n}\nprocess inner\n")
    #expect(ProcessCompletion.processIDs(ofModelAt: "\(scratch.path)/m.engage") == ["inner", "outer"])
    #expect(ProcessCompletion.processIDs(ofModelAt: "\(scratch.path)/missing.engage") == [])
    #expect(ProcessCompletion.complete(["engagemap", "render", "\(scratch.path)/m.engage", "--process", ""], 4, "o") == ["outer"])
  }

  /// Every option of `render` that takes a value is known to the completion, so that its value
  /// is never taken for the model.
  @Test func everyRenderOptionWithAValueIsKnown() {
    let help = RenderCommand.helpMessage(columns: 200)
    let options = help.split(separator: "\n").compactMap { line -> [String]? in
      let trimmed = line.trimmingCharacters(in: .whitespaces)
      guard trimmed.hasPrefix("-"), trimmed.contains(" <") else { return nil }
      let names = trimmed.prefix { $0 != "<" }.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
      return names.map { String($0.split(separator: " ").first ?? "") }
    }.flatMap { $0 }
    #expect(options.count >= 8)
    #expect(Set(options) == ProcessCompletion.optionsWithValues)
  }

  @Test func theScriptsCompleteFilesViewsAndProcesses() {
    for shell in [CompletionShell.bash, .zsh, .fish] {
      let script = EngageMapCommand.completionScript(for: shell)
      #expect(script.contains("engage"), "\(shell): MODEL completes .engage files")
      #expect(script.contains("landscape") && script.contains("relations") && script.contains("engagement"), "\(shell): views")
      #expect(script.contains("---completion render -- --process"), "\(shell): process ids from engagemap")
    }
  }

  /// The bash script, sourced in bash, offers what a user pressing Tab would get.
  @Test(arguments: [
    (["render", "Models/riverside", "--process", "sh"], "shared_care_planning\n"),
    (["render", "Models/riverside", "--view", "e"], "engagement\n"),
    (["check", "Models/riverside/sh"], "Models/riverside/shared\n"),
    (["fm"], "fmt\n"),
  ])
  func bashCompletesAsAUserWouldSee(_ words: [String], _ expected: String) throws {
    let binary = try CLIRunner.binary()
    let scratch = try ScratchDirectory()
    try scratch.write("completion.bash", EngageMapCommand.completionScript(for: .bash))
    let line = (["engagemap"] + words).map { "'\($0)'" }.joined(separator: " ")
    let script = """
      PATH="\(URL(fileURLWithPath: binary).deletingLastPathComponent().path):$PATH"
      source "\(scratch.path)/completion.bash"
      COMP_WORDS=(\(line))
      COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ))
      COMP_LINE="${COMP_WORDS[*]}"
      COMP_POINT=${#COMP_LINE}
      _engagemap engagemap "${COMP_WORDS[COMP_CWORD]}" "${COMP_WORDS[COMP_CWORD-1]}"
      printf '%s\\n' "${COMPREPLY[@]}" | sort
      """
    let result = try CLIRunner.runExecutable("/bin/bash", ["-c", script])
    #expect(result.status == 0, "\(result.standardError)")
    #expect(result.standardOutput == expected)
  }
}
