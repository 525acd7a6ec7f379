import Foundation
import Testing

/// A note from the data file reaches every report safely (the text report leaves notes out): terminal
/// escapes in the CSV report, U+FFFD in HTML and Markdown, JSON escapes in JSON; never a raw control character
/// (nor, on a terminal, a raw bidi override).
@Suite("measure notes in every report format")
struct MeasureNoteEscapingTests {
  static let model = "Tests/EngageMeasuresTests/Fixtures/clinic/model.engage"

  @Test(arguments: ["text", "csv", "markdown", "json", "html"])
  func aNoteWithControlCharactersNeverReachesTheOutputRaw(format: String) throws {
    let scratch = try ScratchDirectory()
    try scratch.write("data.csv", "measure,period,value,note\nplans_with_goals,2026-10,76,\"red \u{1B}[31mnote\u{07} \u{202E}x\"\n")
    let result = try CLIRunner.run(["measures", Self.model, "--data", "\(scratch.path)/data.csv", "--format", format])
    #expect(result.status == 0, "\(result.standardError)")
    // A bidi override is text to HTML, Markdown and JSON readers; a terminal must not obey it.
    let terminalFormat = format == "text" || format == "csv"
    let raw = result.standardOutput.unicodeScalars.filter {
      $0 == "\u{1B}" || $0 == "\u{07}" || (terminalFormat && $0 == "\u{202E}")
    }
    #expect(raw.isEmpty, "\(format): \(result.standardOutput.debugDescription.prefix(400))")
    if format != "text" {
      #expect(result.standardOutput.contains("note"), "\(format): the note is shown")
    }
  }
}
