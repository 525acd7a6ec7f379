import Testing

@testable import EngageLanguage

/// The one place that writes terminal escape sequences.
@Suite struct TerminalStyleTests {
  @Test func paintsAndResets() {
    #expect(TerminalStyle.boldRed.paint("error:") == "\u{1B}[1;31merror:\u{1B}[0m")
    #expect(TerminalStyle.boldOrange.paint("x") == "\u{1B}[1;38;5;202mx\u{1B}[0m")
  }

  @Test func diagnosticsAreColouredWithTheseStyles() {
    let file = SourceFile(path: "m.engage", text: "role x\n")
    let diagnostic = Diagnostic("EM0001", .warning, "a warning", at: SourceRange(file: file, start: 0, end: 4))
    let coloured = DiagnosticTextFormatter(colour: true).format([diagnostic])
    #expect(coloured.contains(TerminalStyle.boldMagenta.paint("warning:")))
    #expect(coloured.contains(TerminalStyle.bold.paint("m.engage:1:1:")))
  }
}
