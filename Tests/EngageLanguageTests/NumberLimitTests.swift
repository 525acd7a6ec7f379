import EngageLanguage
import Testing

/// Numbers are accepted up to a magnitude of 10^15 whatever their length; beyond it they are
/// reported as too large (or too small) rather than as malformed. Durations must be positive.
@Suite struct NumberLimitTests {
  static let nines = String(repeating: "9", count: 400)

  /// A threshold's number and the message it gives, `nil` when it is accepted.
  static let thresholds: [(number: String, message: String?)] = [
    ("1000000000000000", nil),
    ("-1000000000000000", nil),
    ("999999999999999.99", nil),
    ("0000000000000000000000000080", nil),
    ("0." + String(repeating: "0", count: 400) + "1", nil),
    ("1000000000000000.5", "'1000000000000000.5' is too large; a number may be at most 1000000000000000 (10^15)"),
    ("1000000000000001", "'1000000000000001' is too large; a number may be at most 1000000000000000 (10^15)"),
    (nines, "'9999999999999999999999999999999999999...' is too large; a number may be at most 1000000000000000 (10^15)"),
    (nines + ".5", "'9999999999999999999999999999999999999...' is too large; a number may be at most 1000000000000000 (10^15)"),
    ("-" + nines, "'-999999999999999999999999999999999999...' is too small; a number may be no less than -1000000000000000 (-10^15)"),
    ("8o", "'8o' is not a number; write digits with an optional decimal part, such as 80 or 2.5"),
  ]

  @Test(arguments: thresholds)
  func thresholdNumber(_ number: String, _ message: String?) {
    let text = "process p {\n  measure m { target >= \(number) }\n}\n"
    let result = Parser.parse(SourceFile(path: "n.engage", text: text))
    #expect(result.diagnostics.map(\.message) == (message.map { [$0] } ?? []))
    #expect(result.diagnostics.allSatisfy { $0.code == LanguageCode.invalidValue })
  }

  /// A duration and the message it gives, `nil` when it is accepted.
  static let durations: [(duration: String, message: String?)] = [
    ("72 hours", nil),
    ("0.5 days", nil),
    ("1000000000000000 minutes", nil),
    ("0 weeks", "a duration must be greater than zero ('0 weeks'); leave 'duration' out when it is not known"),
    ("0.0 minutes", "a duration must be greater than zero ('0.0 minutes'); leave 'duration' out when it is not known"),
    ("-2 days", "a duration cannot be negative ('-2')"),
    (
      "99999999999999999999999 hours",
      "'99999999999999999999999' is too large; a number may be at most 1000000000000000 (10^15)"
    ),
  ]

  @Test(arguments: durations)
  func stepDuration(_ duration: String, _ message: String?) {
    let text = "process p {\n  step s { duration \(duration) }\n}\n"
    let result = Parser.parse(SourceFile(path: "d.engage", text: text))
    #expect(result.diagnostics.map(\.message) == (message.map { [$0] } ?? []))
    #expect(result.diagnostics.allSatisfy { $0.code == LanguageCode.invalidValue })
  }
}
