import Foundation
import Testing

/// A map too large for Graphviz: `check` warns (EM0110), `render` refuses it with exit 2, a
/// message naming the map, the count and the limit, and writes nothing; the other views still
/// render. The limits are `MapLimits` (200 boxes per process map, 2,000 in the relations view).
@Suite("engagemap render refuses maps too large for Graphviz")
struct RenderLimitTests {
  /// One process of `steps` steps, performed by four roles in turn.
  static func largeProcess(steps: Int) -> String {
    var text = """
      organisation org "Org" {
        purpose "Limits"
        goal g "Goal"
      }
      client patients "Patients" { kind external }
      role r0 "Role 0" { kind clinician }
      role r1 "Role 1" { kind staff }
      role r2 "Role 2" { kind manager }
      role r3 "Role 3" { kind facilitator }
      megaprocess m "Mega" {
        client patients
        goals g
        process big "Big" {
          kind main
          owner r0
          purpose "Many steps"
          output o "Result" to patients
          start s "Start"

      """
    for index in 1...steps { text += "    step n\(index) \"Step \(index)\" by r\((index - 1) % 4)\n" }
    text += "    end e \"End\"\n    s -> " + (1...steps).map { "n\($0)" }.joined(separator: " -> ") + " -> e\n  }\n}\n"
    return text
  }

  /// `count` processes in one mega-process, each taking the previous one's output: `count`
  /// process boxes and `count - 1` links in the relations view.
  static func manyLinkedProcesses(_ count: Int) -> String {
    var text = """
      organisation org "Org" {
        purpose "Limits"
        goal g "Goal"
      }
      client patients "Patients" { kind external }
      role r0 "Role 0" { kind clinician }
      megaprocess m "Mega" {
        client patients
        goals g

      """
    for index in 1...count {
      text += "  process p\(index) \"Process \(index)\" {\n    kind main\n    owner r0\n    purpose \"One of many\"\n"
      if index > 1 { text += "    input i \"Input\" from p\(index - 1).o\n" }
      text += "    output o \"Output\"" + (index == count ? " to patients" : "") + "\n"
      text += "    start s \"Start\"\n    step w \"Work\" by r0\n    end e \"End\"\n    s -> w -> e\n  }\n"
    }
    return text + "}\n"
  }

  @Test func aProcessMapOverTheLimitIsRefusedAndNothingIsWritten() throws {
    let scratch = try ScratchDirectory()
    // 197 steps, a start, an end, an output and the legend: 201 boxes.
    try scratch.write("big.engage", Self.largeProcess(steps: 197))
    let check = try CLIRunner.run(["check", "\(scratch.path)/big.engage"])
    #expect(check.status == 0, "\(check.standardError)")
    #expect(check.standardError.contains("warning: the map of process 'big' would have 201 boxes; EngageMap draws at most 200"))
    #expect(check.standardError.contains("[EM0110]"))

    let render = try CLIRunner.run(["render", "\(scratch.path)/big.engage", "-o", "\(scratch.path)/out"], timeout: 120)
    #expect(render.status == 2)
    #expect(!render.crashed)
    #expect(
      render.standardError.contains(
        "error: the map of process 'big' has 201 boxes; EngageMap lays out at most 200 boxes per process map, beyond which "
          + "Graphviz takes minutes or fails; split the process into smaller processes linked by hand-overs (a flow to another "
          + "process); nothing was written"), "\(render.standardError)")
    #expect(!FileManager.default.fileExists(atPath: "\(scratch.path)/out"))

    let landscape = try CLIRunner.run(["render", "\(scratch.path)/big.engage", "--view", "landscape", "-o", "\(scratch.path)/out"])
    #expect(landscape.status == 0, "\(landscape.standardError)")
    #expect(FileManager.default.fileExists(atPath: "\(scratch.path)/out/landscape.svg"))
  }

  @Test func aProcessMapAtTheLimitIsNotWarnedAbout() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("big.engage", Self.largeProcess(steps: 196))
    let check = try CLIRunner.run(["check", "\(scratch.path)/big.engage"])
    #expect(check.status == 0)
    #expect(!check.standardError.contains("EM0110"))
    let dot = try CLIRunner.run(["render", "\(scratch.path)/big.engage", "--format", "dot", "--process", "big", "-o", "\(scratch.path)/out"])
    #expect(dot.status == 0, "\(dot.standardError)")
  }

  @Test func aRelationsViewOverTheLimitIsRefused() throws {
    let scratch = try ScratchDirectory()
    try scratch.write("many.engage", Self.manyLinkedProcesses(2_000))
    let render = try CLIRunner.run(["render", "\(scratch.path)/many.engage", "--view", "relations", "-o", "\(scratch.path)/out"])
    #expect(render.status == 2)
    #expect(
      render.standardError.contains(
        "error: the relations view has 2,001 boxes; EngageMap lays out at most 2,000 boxes per relations view"),
      "\(render.standardError)")
    #expect(render.standardError.contains("render the other views with --view"))
    #expect(!FileManager.default.fileExists(atPath: "\(scratch.path)/out"))
  }
}
