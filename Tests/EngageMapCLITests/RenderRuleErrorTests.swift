import Foundation
import Testing

/// `render` lays maps out while the rules still run; a model that resolves but breaks a rule
/// must still stop exactly as `check` does, with nothing written.
@Suite("engagemap render stops on rule errors")
struct RenderRuleErrorTests {
  /// Riverside with its model files copied into `scratch/model`, one measure's `owner` removed
  /// (an EM0208 error from the rules, not from resolution).
  static func riversideWithoutMeasureOwner(in scratch: ScratchDirectory) throws -> String {
    let source = CLIRunner.packageRoot + "/Models/riverside"
    let names = try FileManager.default.subpathsOfDirectory(atPath: source).filter { $0.hasSuffix(".engage") }.sorted()
    #expect(names.contains("accountability.engage"))
    for name in names {
      var text = String(decoding: try #require(FileManager.default.contents(atPath: "\(source)/\(name)")), as: UTF8.self)
      if name == "accountability.engage" {
        let ownerLine = "      source \"Publication date on the centre's website\"\n      owner manager\n"
        #expect(text.contains(ownerLine))
        text = text.replacingOccurrences(of: ownerLine, with: "      source \"Publication date on the centre's website\"\n")
      }
      try scratch.write("model/\(name)", text)
    }
    return scratch.path + "/model"
  }

  @Test(arguments: [
    ["--format", "svg"],
    ["--view", "landscape", "--collapse-above", "3"],
    ["--format", "dot"],
  ])
  func ruleErrorStopsRenderLikeCheck(arguments: [String]) throws {
    let scratch = try ScratchDirectory()
    let model = try Self.riversideWithoutMeasureOwner(in: scratch)
    let check = try CLIRunner.run(["check", model])
    #expect(check.status == 1)
    #expect(check.standardError.contains("[EM0208]"))
    let render = try CLIRunner.run(["render", model, "-o", "\(scratch.path)/out"] + arguments)
    #expect(render.status == 1)
    #expect(render.standardError.contains("[EM0208]"))
    #expect(check.standardError.hasPrefix(render.standardError), "render prints the diagnostics check prints (check adds its summary)")
    #expect(render.standardOutput.isEmpty)
    #expect(!FileManager.default.fileExists(atPath: "\(scratch.path)/out"))
  }
}
