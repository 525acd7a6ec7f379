import Testing

@testable import EngageLanguage

/// The keyword tables are sized from the keywords themselves: a keyword of any length, and any
/// number of keywords, are matched and looked up in sets like the 40 the language has today.
@Suite struct KeywordTableTests {
  /// A made-up keyword, for a vocabulary larger and longer than the language's.
  struct Word: SpelledWord, Equatable {
    let ordinal: Int
    let spelling: String
  }

  /// Seventy words: `w0` … `w68`, and one of 20 bytes, the seventieth.
  static let seventy = (0..<69).map { Word(ordinal: $0, spelling: "w\($0)") }
    + [Word(ordinal: 69, spelling: "a_keyword_of_20bytes")]

  static func bytes(_ text: String) -> [UInt8] { Array(text.utf8) }

  @Test func aTwentyByteWordAndAllSeventyAreMatched() throws {
    #expect(Self.seventy.last?.spelling.utf8.count == 20)
    let table = SpellingTable(Self.seventy)
    for word in Self.seventy {
      let line = Self.bytes("  \(word.spelling) x")
      #expect(table.match(line, from: 2, to: 2 + word.spelling.utf8.count) == word, "\(word.spelling)")
    }
  }

  @Test(arguments: [
    ("w7", 0, 1), ("w7x", 0, 3), ("a_keyword_of_20byte", 0, 19), ("a_keyword_of_20bytesX", 0, 21),
    ("w7", 1, 1), ("w7", 2, 1), ("w7", -1, 1), ("w7", 0, 3), ("", 0, 0),
  ])
  func rangesThatSpellNoWordOrLieOutsideTheBytesMatchNothing(text: String, start: Int, end: Int) {
    #expect(SpellingTable(Self.seventy).match(Self.bytes(text), from: start, to: end) == nil)
  }

  @Test func anEmptyTableMatchesNothing() {
    #expect(SpellingTable<Word>([]).match(Self.bytes("w1"), from: 0, to: 2) == nil)
  }

  @Test func setsHoldWordsBeyondTheSixtyFourthExactly() {
    let members = [0, 1, 62, 63, 64, 65, 69].map { Self.seventy[$0] }
    let set = SpellingSet(members)
    #expect(set.words == ["w0", "w1", "w62", "w63", "w64", "w65", "a_keyword_of_20bytes"])
    let contained = Self.seventy.filter { set.contains($0) }.map(\.ordinal)
    #expect(contained == [0, 1, 62, 63, 64, 65, 69])
  }

  @Test func aSetOfLowWordsAnswersForHighOnesAndEmptySetsHoldNothing() {
    #expect(!SpellingSet([Self.seventy[3]]).contains(Self.seventy[69]))
    #expect(Self.seventy.filter { SpellingSet<Word>([]).contains($0) }.isEmpty)
    #expect(!SpellingSet(Self.seventy).contains(Word(ordinal: -1, spelling: "negative")))
    #expect(Self.seventy.allSatisfy { SpellingSet(Self.seventy).contains($0) })
  }

  // MARK: - The language's keywords

  @Test func everyKeywordMatchesItsSpellingAndNothingElse() {
    for keyword in Keyword.allCases {
      let bytes = Self.bytes("\(keyword.spelling)s")
      #expect(Keyword.match(bytes, from: 0, to: bytes.count - 1) == keyword)
      #expect(Keyword.match(bytes, from: 0, to: bytes.count) == nil || keyword == .goal, "\(keyword)s")
      #expect(Keyword(spelling: keyword.spelling) == keyword)
    }
    #expect(Keyword.match(Self.bytes("goals"), from: 0, to: 5) == .goals)
  }

  /// (place, the keyword list of that block)
  static let lists: [(String, KeywordList)] = [
    ("top level", Keywords.topLevel), ("organisation", Keywords.organisation), ("goal", Keywords.goal),
    ("client", Keywords.client), ("role", Keywords.role), ("megaprocess", Keywords.megaprocess),
    ("process", Keywords.process), ("input", Keywords.input), ("output", Keywords.output), ("step", Keywords.step),
    ("measure", Keywords.measure), ("relation", Keywords.relation), ("settings", Keywords.settings),
  ]

  @Test(arguments: lists)
  func aBlockAcceptsExactlyTheKeywordsItLists(place: String, list: KeywordList) {
    let accepted = Keyword.allCases.filter { list.contains($0) }.map(\.spelling)
    #expect(accepted.sorted() == list.words.sorted())
  }

  @Test func everyKeywordIsValidSomewhere() {
    #expect(Keyword.allCases.filter { Keywords.places(of: $0.spelling).isEmpty } == [])
  }
}
