/// Every keyword of the language. A token is matched against them byte by byte, so that
/// statements are dispatched without building a string for each keyword.
enum Keyword: Int, CaseIterable, SpelledWord {
  case organisation, client, role, megaprocess, process, relation, include, settings
  case purpose, goal, description, out_of_scope, kind, goals, level, measure, owner, engagement, tags
  case input, output, start, step, decision, end, from, to, duration
  case type, unit, target, warning, direction, frequency, source, patient_defined
  case supplier, product, requirement, rule
  case allow

  /// The keyword as it is written: the case's name.
  var spelling: String { Self.spellings[rawValue] }

  /// The keyword's bit in a `KeywordList`: its position among the cases.
  var ordinal: Int { rawValue }

  private static let spellings = allCases.map { String(describing: $0) }

  private static let table = SpellingTable(allCases)

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

  /// The keyword spelt exactly by `bytes[start..<end]`, if any.
  static func match(_ bytes: [UInt8], from start: Int, to end: Int) -> Keyword? {
    table.match(bytes, from: start, to: end)
  }
}

/// A word recognised by its exact spelling, with a position among all the words of its kind.
protocol SpelledWord: Sendable {
  /// The word as it is written.
  var spelling: String { get }
  /// The word's position among all the words of its kind, from 0 up: its bit in a
  /// `SpellingSet`.
  var ordinal: Int { get }
}

/// Words looked up by the bytes that spell them: grouped by the length of their spelling, then
/// compared byte by byte. The groups go up to the longest spelling given, so a word of any
/// length can be added.
struct SpellingTable<Word: SpelledWord>: Sendable {
  private let byLength: [[(spelling: [UInt8], word: Word)]]

  init(_ words: [Word]) {
    let longest = words.map(\.spelling.utf8.count).max() ?? 0
    var table = [[(spelling: [UInt8], word: Word)]](repeating: [], count: longest + 1)
    for word in words {
      let spelling = Array(word.spelling.utf8)
      table[spelling.count].append((spelling, word))
    }
    byLength = table
  }

  /// The word spelt exactly by `bytes[start..<end]`, if any; `nil` for a range outside `bytes`.
  func match(_ bytes: [UInt8], from start: Int, to end: Int) -> Word? {
    let length = end - start
    guard length > 0, length < byLength.count, start >= 0, end <= bytes.count else { return nil }
    candidates: for candidate in byLength[length] {
      var offset = start
      for byte in candidate.spelling {
        guard bytes[offset] == byte else { continue candidates }
        offset += 1
      }
      return candidate.word
    }
    return nil
  }
}

/// Some words of one kind: their spellings, for messages and suggestions, and a bit per word
/// (by its ordinal) for matching, in as many 64-bit words as the highest ordinal needs.
struct SpellingSet<Word: SpelledWord>: Sendable {
  /// The members' spellings, in the order given.
  let words: [String]
  private let bits: [UInt64]

  init(_ members: [Word]) {
    words = members.map(\.spelling)
    let highest = members.map(\.ordinal).max() ?? 0
    var bits = [UInt64](repeating: 0, count: max(highest, 0) / 64 + 1)
    for member in members where member.ordinal >= 0 {
      bits[member.ordinal / 64] |= 1 << UInt64(member.ordinal % 64)
    }
    self.bits = bits
  }

  func contains(_ word: Word) -> Bool {
    let ordinal = word.ordinal
    guard ordinal >= 0, ordinal / 64 < bits.count else { return false }
    return bits[ordinal / 64] & (1 << UInt64(ordinal % 64)) != 0
  }
}

/// The keywords valid in one kind of block.
typealias KeywordList = SpellingSet<Keyword>

/// The keywords valid in each kind of block, for parsing, suggestions and messages.
enum Keywords {
  static let topLevel = KeywordList([
    .organisation, .client, .role, .megaprocess, .process, .relation, .include, .settings,
  ])
  static let organisation = KeywordList([.purpose, .goal, .description, .out_of_scope, .allow])
  static let goal = KeywordList([.description])
  static let client = KeywordList([.kind, .description])
  static let role = KeywordList([.kind, .description, .allow])
  static let megaprocess = KeywordList([.client, .goals, .level, .description, .process, .measure, .allow])
  static let process = KeywordList([
    .kind, .owner, .purpose, .engagement, .tags, .description, .input, .output,
    .start, .step, .decision, .end, .measure, .allow,
  ])
  static let input = KeywordList([.from, .description])
  static let output = KeywordList([.to, .description])
  static let step = KeywordList([.engagement, .tags, .description, .duration, .allow])
  static let measure = KeywordList([
    .type, .unit, .target, .warning, .direction, .frequency, .source, .owner,
    .patient_defined, .description, .allow,
  ])
  static let relation = KeywordList([.supplier, .client, .product, .requirement, .description, .measure, .allow])
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
