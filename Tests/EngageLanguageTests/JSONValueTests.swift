import Foundation
import Testing

@testable import EngageLanguage

/// The one JSON writer.
@Suite struct JSONValueTests {
  @Test func writesTheConvention() {
    let value = JSONValue.object([
      "zeta": .array([]), "alpha": .object([:]), "Upper": .null, "b": .bool(true),
      "n": .array([.number(76), .number(82.5), .number(-0.0), .number(1e-7), .number(.nan), .int(3)]),
      "s": .string("quote \" backslash \\ slash / newline \n tab \t bell \u{07} del \u{7F} é"),
    ])
    #expect(
      value.rendered() == """
        {
          "Upper": null,
          "alpha": {},
          "b": true,
          "n": [
            76,
            82.5,
            0,
            1e-07,
            null,
            3
          ],
          "s": "quote \\" backslash \\\\ slash / newline \\n tab \\t bell \\u0007 del \\u007f é",
          "zeta": []
        }

        """)
  }

  @Test func fieldsLeavesOutNilValuesAndSortsKeys() {
    let value = JSONValue.fields(["b": .int(1), "a": nil, "c": .optional(nil), "d": .optional("x")])
    #expect(value == .object(["b": .int(1), "c": .null, "d": .string("x")]))
    #expect(value.rendered() == "{\n  \"b\": 1,\n  \"c\": null,\n  \"d\": \"x\"\n}\n")
  }

  @Test func outputParsesBackToTheSameValues() throws {
    let value = JSONValue.array([.string("\u{0}\u{1F}\u{2028}"), .number(1e300), .number(9_007_199_254_740_994)])
    let parsed = try #require(try JSONSerialization.jsonObject(with: Data(value.rendered().utf8)) as? [Any])
    #expect(parsed.first as? String == "\u{0}\u{1F}\u{2028}")
    #expect(parsed.count == 3)
  }
}
