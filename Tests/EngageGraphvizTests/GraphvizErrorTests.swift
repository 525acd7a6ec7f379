import Foundation
import Testing
@testable import EngageGraphviz

@Suite("Graphviz errors")
struct GraphvizErrorTests {
  @Test("malformed DOT gives Graphviz's own message", arguments: [
    ("digraph broken { a -> }", "syntax error in line 1 near '}'"),
    ("digraph broken {\n  a -> b\n  c [label=\"open] }", "syntax error in line 3 scanning a quoted string"),
    ("digraph broken {", "syntax error in line 1"),
    ("hello", "syntax error in line 1 near 'hello'"),
    ("digraph broken { a -> b [label=<<b>x</i>>] }", "mismatched tag in line 1"),
  ])
  func malformedDOT(dot: String, expected: String) {
    #expect {
      try Graphviz.render(dot: dot, format: .svg)
    } throws: { error in
      guard let error = error as? GraphvizError else { return false }
      return error.message.contains(expected) && !error.message.hasPrefix("Error:")
    }
  }

  @Test("text without a graph is an error")
  func noGraph() {
    #expect(throws: GraphvizError("the DOT text holds no graph")) {
      try Graphviz.render(dot: "  # nothing here\n", format: .png)
    }
  }

  @Test("an unknown output format is reported with Graphviz's message")
  func unknownFormat() {
    #expect {
      try Graphviz.render(dot: "digraph g { a }", rendererName: "nosuchformat")
    } throws: { error in
      (error as? GraphvizError)?.message == "renderer for nosuchformat is unavailable"
    }
  }

  @Test("a failed render leaves Graphviz ready for the next one")
  func recoversAfterFailure() throws {
    #expect(throws: GraphvizError.self) { try Graphviz.render(dot: "digraph broken { a -> }", format: .svg) }
    let svg = try Graphviz.render(dot: "digraph fine { a -> b }", format: .svg)
    #expect(String(decoding: svg, as: UTF8.self).contains("<title>fine</title>"))
  }

  @Test("line numbers start again at 1 for each render")
  func lineNumbersRestart() {
    #expect(throws: GraphvizError.self) { try Graphviz.render(dot: "digraph first {\n\n\n  a -> }", format: .svg) }
    #expect {
      try Graphviz.render(dot: "digraph second { a -> }", format: .svg)
    } throws: { error in
      (error as? GraphvizError)?.message.contains("syntax error in line 1 ") == true
    }
  }

  @Test("text after a graph's closing brace does not carry over into the next render")
  func nothingCarriesOverFromTheLastGraph() throws {
    _ = try Graphviz.render(dot: "digraph fine { a -> b }\n\n\n", format: .svg)
    #expect {
      try Graphviz.render(dot: "digraph second { a -> }", format: .svg)
    } throws: { error in
      (error as? GraphvizError)?.message == "syntax error in line 1 near '}'"
    }
  }

  @Test("a malformed graph writes nothing of Graphviz's to standard error")
  func nothingOnStandardError() throws {
    // A token that appears in Graphviz's message and nowhere else: tests of other targets run in
    // parallel in this process and may write to standard error while it is captured (Swift
    // Testing itself does when the test binary runs on its own), so the check is for this token.
    let token = "zq7f3a_stderr_probe"
    let (thrown, captured) = try StandardErrorCapture.capture {
      do {
        _ = try Graphviz.render(dot: token, format: .svg)
        return nil as GraphvizError?
      } catch let error as GraphvizError {
        return error
      }
    }
    #expect(thrown?.message == "syntax error in line 1 near '\(token)'")
    #expect(!captured.contains(token))
  }

  @Test("PDF creation date follows SOURCE_DATE_EPOCH, else 1970", arguments: [
    ([String: String](), "19700101000000"),
    (["SOURCE_DATE_EPOCH": "1790000000"], "20260921141320"),
    (["SOURCE_DATE_EPOCH": "not a number"], "19700101000000"),
  ])
  func pdfCreationDate(environment: [String: String], expected: String) {
    let pdf = Array("%PDF-1.5\n<< /Producer (cairo)\n   /CreationDate (D:20261124003402Z)\n>>\n".utf8)
    let normalised = PDFCreationDate.normalised(pdf, environment: environment)
    #expect(normalised.count == pdf.count)
    #expect(String(decoding: normalised, as: UTF8.self).contains("/CreationDate (D:\(expected)Z)"))
  }

  @Test("a PDF whose date has another shape is left unchanged", arguments: [
    "/CreationDate (D:2026112400)", "/CreationDate (Tue Nov 24 2026)", "/CreationDate (D:20261124003402+1:00)",
    "/CreationDate <443A3230323631313234303033343032>",
  ])
  func pdfWithOtherDateShape(date: String) {
    let pdf = Array("%PDF-1.7\n\(date)\n".utf8)
    #expect(PDFCreationDate.normalised(pdf, environment: [:]) == pdf)
  }
}
