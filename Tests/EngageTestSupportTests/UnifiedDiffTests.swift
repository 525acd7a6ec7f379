import Testing

@testable import EngageTestSupport

/// Failed golden comparisons show a unified diff: the changed lines with context, as `diff -u`
/// prints them.
@Suite struct UnifiedDiffTests {
  static func diff(_ old: String, _ new: String, context: Int = 3, maximumLines: Int = 80) -> String {
    UnifiedDiff.make(
      from: old, to: new, expectedName: "golden", actualName: "actual", context: context, maximumLines: maximumLines)
  }

  static let twelve = (1...12).map { "line \($0)\n" }.joined()

  @Test func equalTextsHaveNoDiff() {
    #expect(Self.diff(Self.twelve, Self.twelve) == "")
    #expect(Self.diff("", "") == "")
  }

  @Test func oneChangedLineWithThreeLinesOfContext() {
    let changed = Self.twelve.replacingOccurrences(of: "line 6\n", with: "line six\n")
    #expect(
      Self.diff(Self.twelve, changed) == """
        --- golden
        +++ actual
        @@ -3,7 +3,7 @@
         line 3
         line 4
         line 5
        -line 6
        +line six
         line 7
         line 8
         line 9

        """)
  }

  @Test func insertionAndDeletionFarApartMakeTwoHunks() {
    let changed = "line 0\n" + Self.twelve.replacingOccurrences(of: "line 11\n", with: "")
    #expect(
      Self.diff(Self.twelve, changed, context: 1) == """
        --- golden
        +++ actual
        @@ -1 +1,2 @@
        +line 0
         line 1
        @@ -10,3 +11,2 @@
         line 10
        -line 11
         line 12

        """)
  }

  @Test func changesCloseTogetherShareAHunk() {
    let changed = Self.twelve.replacingOccurrences(of: "line 4\n", with: "four\n")
      .replacingOccurrences(of: "line 6\n", with: "six\n")
    #expect(
      Self.diff(Self.twelve, changed, context: 1) == """
        --- golden
        +++ actual
        @@ -3,5 +3,5 @@
         line 3
        -line 4
        +four
         line 5
        -line 6
        +six
         line 7

        """)
  }

  @Test func aMissingFinalNewlineIsShown() {
    #expect(
      Self.diff("a\nb\n", "a\nb") == """
        --- golden
        +++ actual
        @@ -1,2 +1,2 @@
         a
        -b
        +b
        \\ No newline at end of file

        """)
  }

  @Test func carriageReturnsAndOtherControlsAreMadeVisible() {
    #expect(
      Self.diff("a\n", "a\r\n\u{1}\n") == """
        --- golden
        +++ actual
        @@ -1 +1,2 @@
        -a
        +a\\r
        +\\u{1}

        """)
  }

  @Test func linesAreComparedByteForByteNotByUnicodeEquivalence() {
    #expect(Self.diff("caf\u{E9}\n", "cafe\u{301}\n") == "--- golden\n+++ actual\n@@ -1 +1 @@\n-caf\u{E9}\n+cafe\u{301}\n")
  }

  @Test func aNewFileIsAllInsertions() {
    #expect(Self.diff("", "x\ny\n") == "--- golden\n+++ actual\n@@ -0,0 +1,2 @@\n+x\n+y\n")
  }

  @Test func aLongDiffShowsItsFirstHunksAndCountsTheRest() {
    let old = (1...200).map { "\($0)\n" }.joined()
    let new = (1...200).map { $0 % 10 == 0 ? "changed \($0)\n" : "\($0)\n" }.joined()
    let lines = Self.diff(old, new, context: 1, maximumLines: 12).split(separator: "\n", omittingEmptySubsequences: false)
    #expect(lines.prefix(7) == ["--- golden", "+++ actual", "@@ -9,3 +9,3 @@", " 9", "-10", "+changed 10", " 11"])
    #expect(lines.dropLast().last == "… and 36 more changed lines")
    #expect(lines.count == 2 + 12 + 1 + 1)
  }

  @Test func aLargeRewriteIsStillADiff() {
    let old = (1...3000).map { "old \($0)\n" }.joined()
    let new = (1...3000).map { "new \($0)\n" }.joined()
    let lines = Self.diff(old, new, context: 0, maximumLines: 5).split(separator: "\n")
    #expect(lines == ["--- golden", "+++ actual", "@@ -1,3000 +1,3000 @@", "-old 1", "-old 2", "-old 3", "-old 4", "… and 5996 more changed lines"])
  }
}
