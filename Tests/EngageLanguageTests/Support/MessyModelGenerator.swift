/// A large model using every construct, written in a deliberately messy but valid layout (odd
/// and tabbed indentation, extra spaces, `\r\n` and `\n` mixed, runs of blank lines, comments on
/// their own lines and after statements, one-line and expanded blocks), the same for the same
/// seed: input for the formatter's properties at scale.
struct MessyModelGenerator {
  private var state: UInt64
  private var output = ""

  init(seed: UInt64) { state = seed }

  /// The model's text with `processes` processes in mega-processes of ten.
  static func text(processes: Int, seed: UInt64 = 0x5EED) -> String {
    var generator = MessyModelGenerator(seed: seed)
    generator.model(processes: processes)
    return generator.output
  }

  // MARK: - Randomness (SplitMix64)

  private mutating func next() -> UInt64 {
    state &+= 0x9E37_79B9_7F4A_7C15
    var z = state
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    return z ^ (z >> 31)
  }

  private mutating func pick<T>(_ choices: [T]) -> T { choices[Int(next() % UInt64(choices.count))] }
  private mutating func chance(_ percent: UInt64) -> Bool { next() % 100 < percent }

  // MARK: - Lines

  private mutating func line(_ depth: Int, _ tokens: [String], comment: String? = nil) {
    output += pick(["", " ", "\t", String(repeating: "  ", count: depth), String(repeating: "    ", count: depth), "\t\t"])
    var text = ""
    for (index, token) in tokens.enumerated() {
      if index > 0 {
        switch token {
        case ",": text += pick(["", " ", "  "])
        case ".": text += pick(["", " "])
        default: text += tokens[index - 1] == "." ? pick(["", " "]) : pick([" ", "  ", "\t", " \t "])
        }
      }
      text += token
    }
    output += text
    if let comment { output += pick([" ", "   ", "\t"]) + "# " + comment + pick(["", " ", "\t"]) }
    else if chance(8) { output += pick(["  # note", " #x", "\t# trailing"]) }
    if chance(5) { output += pick([" ", "\t", "  "]) }
    endLine()
    if chance(10) { for _ in 0..<Int(next() % 3) { endLine() } }
    if chance(6) {
      output += pick(["", "    ", "\t"]) + "# comment " + String(next() % 1000)
      endLine()
    }
  }

  private mutating func endLine() { output += pick(["\n", "\n", "\r\n"]) }

  private mutating func tripleQuoted(_ depth: Int, keyword: String) {
    let margin = pick(["", "  ", "\t", String(repeating: "  ", count: depth + 1)])
    output += String(repeating: " ", count: depth) + keyword + " \"\"\""
    endLine()
    output += margin + "First line of the text"
    endLine()
    output += margin + "  indented line \\\"quoted\\\" and a \\\\ backslash"
    endLine()
    endLine()
    output += margin + "after a blank line"
    endLine()
    output += margin + "\"\"\""
    endLine()
  }

  // MARK: - The model

  private mutating func model(processes: Int) {
    line(0, ["#", "Generated", "messy", "model"])
    line(0, ["organisation", "generated", "\"Generated Clinic\"", "{"], comment: "the organisation")
    line(1, ["purpose", "\"Care with \\\"patients\\\" and families\""])
    line(1, ["goal", "g1", "\"Goal one\"", "{", "description", "\"First\"", "}"])
    line(1, ["goal", "g2", "\"Goal two\"", "{"])
    tripleQuoted(2, keyword: "description")
    line(1, ["}"])
    line(0, ["}"])
    line(0, ["client", "c0", "\"External\"", "{", "kind", "external", "}"])
    line(0, ["client", "c1", "\"Internal\"", "{"])
    line(1, ["kind", "internal"])
    line(0, ["}"])
    for role in 0..<6 {
      let kind = ["patient", "family", "patient_partner", "clinician", "staff", "facilitator"][role]
      if chance(50) {
        line(0, ["role", "r\(role)", "\"Role \(role)\"", "{", "kind", kind, "}"])
      } else {
        line(0, ["role", "r\(role)", "\"Role \(role)\"", "{", "kind", kind])
        line(1, ["description", "\"Role number \(role)\"", "}"])
      }
    }
    let groups = max(1, processes / 10)
    for group in 0..<groups {
      line(0, ["megaprocess", "m\(group)", "\"Mega \(group)\"", "{"])
      line(1, ["client", "c0"])
      line(1, ["goals", "g1", ",", "g2"])
      line(1, ["level", "direct_care"])
      for index in 0..<10 where group * 10 + index < processes {
        process(group * 10 + index, depth: 1)
      }
      line(1, ["measure", "mo\(group)", "\"Outcome \(group)\"", "{", "type", "outcome"])
      line(2, ["unit", "percent"])
      line(2, ["target", ">=", "75"])
      line(2, ["frequency", "quarterly"])
      line(2, ["source", "\"Survey\""])
      line(2, ["owner", "r3", "}"])
      line(0, ["}"], comment: "end of m\(group)")
    }
    line(0, ["relation", "rel", "\"Relation\"", "{"])
    line(1, ["supplier", "p0", ".", "out"])
    line(1, ["client", "p1"])
    line(1, ["requirement", "\"On time\""])
    line(1, ["requirement", "\"Complete\""])
    line(0, ["}"])
    line(0, ["settings", "{", "rule", "EM0301", "off", "}"])
  }

  private mutating func process(_ number: Int, depth: Int) {
    let id = "p\(number)"
    line(depth, ["process", id, "\"Process \(number)\"", "{"], comment: chance(30) ? "process \(number)" : nil)
    let inner = depth + 1
    line(inner, ["kind", "main"])
    line(inner, ["owner", "r3"])
    line(inner, ["purpose", "\"Purpose of \(number): \\\"quoted\\\" \\\\ and more\""])
    line(inner, ["engagement", "collaborate"])
    line(inner, ["tags", "feedback", ",", "codesign"])
    if chance(20) { tripleQuoted(inner, keyword: "description") }
    if number > 0 {
      line(inner, ["input", "in", "\"Input\"", "from", "p\(number - 1)", ".", "out"])
    } else {
      line(inner, ["input", "in", "\"Input\"", "from", "c0"])
    }
    line(inner, ["output", "out", "\"Output\"", "to", "c0"])
    line(inner, ["start", "s", "\"Start\""])
    if chance(50) {
      line(inner, ["step", "a", "\"Ask\"", "by", "r3", ",", "r0", ",", "r2", "x2", "{", "engagement", "collaborate", "}"])
    } else {
      line(inner, ["step", "a", "\"Ask\"", "by", "r3", ",", "r0", ",", "r2", "x2", "{"])
      line(inner + 1, ["engagement", "collaborate"])
      line(inner + 1, ["duration", pick(["1", "2.5", "30"]), pick(["day", "hours", "minutes", "month", "week"])])
      line(inner, ["}"])
    }
    line(inner, ["decision", "d", "\"Agreed?\"", "by", "r3", ",", "r0"])
    line(inner, ["step", "f", "\"Feed back\"", "by", "r3", ",", "r0", "{", "tags", "feedback", "}"])
    line(inner, ["end", "e", "\"End\""])
    line(inner, ["s", "->", "a", "->", "d"])
    line(inner, ["d", "->", "f", "when", "\"yes\""])
    line(inner, ["d", "->", "a", "when", "\"not yet\""])
    line(inner, ["f", "->", "e"])
    line(inner, ["measure", "q\(number)", "\"Measure \(number)\"", "{"])
    line(inner + 1, ["unit", "percent"])
    line(inner + 1, ["target", ">=", "80"])
    line(inner + 1, ["warning", "between", "70", "and", "80.5"])
    line(inner + 1, ["frequency", "monthly"])
    line(inner + 1, ["source", "\"Log\""])
    line(inner + 1, ["owner", "r3"])
    line(inner + 1, ["patient_defined", "yes"])
    line(inner, ["}"])
    line(depth, ["}"])
  }
}
