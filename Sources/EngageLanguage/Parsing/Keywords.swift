/// Every keyword of the language. A token is matched against them byte by byte, so that
/// statements are dispatched without building a string for each keyword.
enum Keyword: Int, CaseIterable {
  case organisation, client, role, megaprocess, process, relation, include, settings
  case purpose, goal, description, out_of_scope, kind, goals, level, measure, owner, engagement, tags
  case input, output, start, step, decision, end, from, to, duration
  case type, unit, target, warning, direction, frequency, source, patient_defined
  case supplier, product, requirement, rule

  /// The keyword as it is written: the case's name.
  var spelling: String { Self.spellings[rawValue] }

  private static let spellings = allCases.map { String(describing: $0) }

  /// The kind of node a step keyword declares; `nil` for the other keywords.
  var stepKind: StepKind? {
    switch self {
    case .start: .start
    case .step: .step
    case .decision: .decision
    case .end: .end
    default: nil
    }
  }

  /// The keyword spelt `spelling`, if any.
  init?(spelling: String) {
    guard let index = Self.spellings.firstIndex(of: spelling) else { return nil }
    self.init(rawValue: index)
  }

  /// The keywords by the length of their spelling, each with its bytes.
  private static let byLength: [[(spelling: [UInt8], keyword: Keyword)]] = {
    var table = [[(spelling: [UInt8], keyword: Keyword)]](repeating: [], count: 16)
    for keyword in allCases {
      let spelling = Array(keyword.spelling.utf8)
      table[spelling.count].append((spelling, keyword))
    }
    return table
  }()

  /// The keyword spelt exactly by `bytes[start..<end]`, if any.
  static func match(_ bytes: [UInt8], from start: Int, to end: Int) -> Keyword? {
    let length = end - start
    guard length > 0, length < byLength.count, start >= 0, end <= bytes.count else { return nil }
    candidates: for candidate in byLength[length] {
      var offset = start
      for byte in candidate.spelling {
        guard bytes[offset] == byte else { continue candidates }
        offset += 1
      }
      return candidate.keyword
    }
    return nil
  }
}

/// The keywords valid in one kind of block: as words for messages and suggestions, and as a
/// bit set for matching.
struct KeywordList {
  let words: [String]
  private let bits: UInt64

  init(_ keywords: [Keyword]) {
    words = keywords.map(\.spelling)
    bits = keywords.reduce(0) { $0 | (1 << UInt64($1.rawValue)) }
  }

  func contains(_ keyword: Keyword) -> Bool { bits & (1 << UInt64(keyword.rawValue)) != 0 }
}

/// The keywords valid in each kind of block, for parsing, suggestions and messages.
enum Keywords {
  static let topLevel = KeywordList([
    .organisation, .client, .role, .megaprocess, .process, .relation, .include, .settings,
  ])
  static let organisation = KeywordList([.purpose, .goal, .description, .out_of_scope])
  static let goal = KeywordList([.description])
  static let client = KeywordList([.kind, .description])
  static let role = KeywordList([.kind, .description])
  static let megaprocess = KeywordList([.client, .goals, .level, .description, .process, .measure])
  static let process = KeywordList([
    .kind, .owner, .purpose, .engagement, .tags, .description, .input, .output,
    .start, .step, .decision, .end, .measure,
  ])
  static let input = KeywordList([.from, .description])
  static let output = KeywordList([.to, .description])
  static let step = KeywordList([.engagement, .tags, .description, .duration])
  static let measure = KeywordList([
    .type, .unit, .target, .warning, .direction, .frequency, .source, .owner,
    .patient_defined, .description,
  ])
  static let relation = KeywordList([.supplier, .client, .product, .requirement, .description, .measure])
  static let settings = KeywordList([.rule])

  /// Every context, in the order messages list them.
  private static let contexts: [(place: String, keywords: KeywordList)] = [
    ("at top level", topLevel), ("in an organisation", organisation), ("in a megaprocess", megaprocess),
    ("in a process", process), ("in a step", step), ("in a measure", measure), ("in a relation", relation),
    ("in a client", client), ("in a role", role), ("in a goal", goal), ("in an input", input),
    ("in an output", output), ("in settings", settings),
  ]

  /// Where a keyword is valid, as a phrase: `in a process or in a megaprocess`; empty when it is
  /// not a keyword anywhere.
  static func places(of word: String) -> String {
    let places = contexts.filter { $0.keywords.words.contains(word) }.map(\.place)
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
