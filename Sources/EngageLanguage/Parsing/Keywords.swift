/// The keywords valid in each kind of block, for parsing, suggestions and messages.
enum Keywords {
  static let topLevel = ["organisation", "client", "role", "megaprocess", "process", "relation", "include", "settings"]
  static let organisation = ["purpose", "goal", "description", "out_of_scope"]
  static let goal = ["description"]
  static let client = ["kind", "description"]
  static let role = ["kind", "description"]
  static let megaprocess = ["client", "goals", "level", "description", "process", "measure"]
  static let process = [
    "kind", "owner", "purpose", "engagement", "tags", "description", "input", "output",
    "start", "step", "decision", "end", "measure",
  ]
  static let input = ["from", "description"]
  static let output = ["to", "description"]
  static let step = ["engagement", "tags", "description", "duration"]
  static let measure = [
    "type", "unit", "target", "warning", "direction", "frequency", "source", "owner",
    "patient_defined", "description",
  ]
  static let relation = ["supplier", "client", "product", "requirement", "description", "measure"]
  static let settings = ["rule"]

  /// Every context, in the order messages list them.
  private static let contexts: [(place: String, keywords: [String])] = [
    ("at top level", topLevel), ("in an organisation", organisation), ("in a megaprocess", megaprocess),
    ("in a process", process), ("in a step", step), ("in a measure", measure), ("in a relation", relation),
    ("in a client", client), ("in a role", role), ("in a goal", goal), ("in an input", input),
    ("in an output", output), ("in settings", settings),
  ]

  /// Where a keyword is valid, as a phrase: `in a process or in a megaprocess`; empty when it is
  /// not a keyword anywhere.
  static func places(of word: String) -> String {
    let places = contexts.filter { $0.keywords.contains(word) }.map(\.place)
    return list(places, conjunction: "or")
  }

  /// `a, b or c`, quoted.
  static func describe(_ words: [String]) -> String {
    list(words.map { "'\($0)'" }, conjunction: "or")
  }

  static func list(_ items: [String], conjunction: String) -> String {
    switch items.count {
    case 0: return ""
    case 1: return items[0]
    default: return items.dropLast().joined(separator: ", ") + " \(conjunction) " + (items.last ?? "")
    }
  }
}
