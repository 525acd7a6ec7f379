/// The differences between two texts as a unified diff (`diff -u`): hunks of changed lines with
/// three lines of context, so that a failed comparison shows what changed rather than two blobs.
public enum UnifiedDiff {
  /// The diff from `expected` to `actual` under `---` and `+++` headers naming them; empty when
  /// the texts are equal. At most `maximumLines` lines of hunks are shown, then how many more
  /// changed lines there are.
  public static func make(
    from expected: String, to actual: String, expectedName: String, actualName: String,
    context: Int = 3, maximumLines: Int = 80
  ) -> String {
    let old = lines(of: expected)
    let new = lines(of: actual)
    guard old != new else { return "" }
    let edits = script(old, new)
    var output = ["--- \(expectedName)", "+++ \(actualName)"]
    var shown = 0
    var omitted = 0
    for hunk in hunks(edits, context: context) {
      let oldCount = hunk.filter { $0.kind != .insert }.count
      let newCount = hunk.filter { $0.kind != .delete }.count
      let oldStart = (hunk.first { $0.kind != .insert } ?? hunk[0]).oldLine + (oldCount == 0 ? 0 : 1)
      let newStart = (hunk.first { $0.kind != .delete } ?? hunk[0]).newLine + (newCount == 0 ? 0 : 1)
      var body = [(line: "@@ -\(range(oldStart, oldCount)) +\(range(newStart, newCount)) @@", isChange: false)]
      for edit in hunk {
        let marker = edit.kind == .keep ? " " : edit.kind == .delete ? "-" : "+"
        body.append((marker + visible(edit.text.text), edit.kind != .keep))
        if !edit.text.endsWithNewline { body.append(("\\ No newline at end of file", false)) }
      }
      for (line, isChange) in body {
        if shown < maximumLines {
          output.append(line)
          shown += 1
        } else if isChange {
          omitted += 1
        }
      }
    }
    if omitted > 0 { output.append("… and \(omitted) more changed lines") }
    return output.joined(separator: "\n") + "\n"
  }

  /// One line of a text and whether a line end follows it (the last line may lack one). Lines
  /// are compared byte for byte, not by Unicode equivalence.
  struct Line: Equatable {
    let text: Substring
    let endsWithNewline: Bool

    static func == (lhs: Line, rhs: Line) -> Bool {
      lhs.endsWithNewline == rhs.endsWithNewline && lhs.text.utf8.elementsEqual(rhs.text.utf8)
    }
  }

  static func lines(of text: String) -> [Line] {
    var result: [Line] = []
    var rest = Substring(text)
    while let newline = rest.unicodeScalars.firstIndex(of: "\n") {
      result.append(Line(text: rest[..<newline], endsWithNewline: true))
      rest = rest[rest.unicodeScalars.index(after: newline)...]
    }
    if !rest.isEmpty { result.append(Line(text: rest, endsWithNewline: false)) }
    return result
  }

  enum Kind { case keep, delete, insert }

  /// One line of the edit script, with its 0-based position in each text (for an insert,
  /// `oldLine` is where it goes; for a delete, `newLine` likewise).
  struct Edit {
    let kind: Kind
    let text: Line
    let oldLine: Int
    let newLine: Int
  }

  /// The edit script: common prefix and suffix kept, the middle aligned by a longest common
  /// subsequence of lines (or, beyond a size where that is too costly, replaced whole).
  static func script(_ old: [Line], _ new: [Line]) -> [Edit] {
    var prefix = 0
    while prefix < old.count, prefix < new.count, old[prefix] == new[prefix] { prefix += 1 }
    var suffix = 0
    while suffix < old.count - prefix, suffix < new.count - prefix,
      old[old.count - 1 - suffix] == new[new.count - 1 - suffix]
    {
      suffix += 1
    }
    var edits = (0..<prefix).map { Edit(kind: .keep, text: old[$0], oldLine: $0, newLine: $0) }
    let oldMiddle = Array(old[prefix..<(old.count - suffix)])
    let newMiddle = Array(new[prefix..<(new.count - suffix)])
    edits += middle(oldMiddle, newMiddle, oldOffset: prefix, newOffset: prefix)
    for index in 0..<suffix {
      let oldLine = old.count - suffix + index
      let newLine = new.count - suffix + index
      edits.append(Edit(kind: .keep, text: old[oldLine], oldLine: oldLine, newLine: newLine))
    }
    return edits
  }

  private static func middle(_ old: [Line], _ new: [Line], oldOffset: Int, newOffset: Int) -> [Edit] {
    guard old.count * new.count <= 4_000_000 else {
      return old.enumerated().map { Edit(kind: .delete, text: $1, oldLine: oldOffset + $0, newLine: newOffset) }
        + new.enumerated().map { Edit(kind: .insert, text: $1, oldLine: oldOffset + old.count, newLine: newOffset + $0) }
    }
    // common[i][j]: the length of the longest common subsequence of old[i...] and new[j...].
    let width = new.count + 1
    var common = [Int](repeating: 0, count: (old.count + 1) * width)
    for i in stride(from: old.count - 1, through: 0, by: -1) {
      for j in stride(from: new.count - 1, through: 0, by: -1) {
        common[i * width + j] =
          old[i] == new[j] ? common[(i + 1) * width + j + 1] + 1 : max(common[(i + 1) * width + j], common[i * width + j + 1])
      }
    }
    var edits: [Edit] = []
    var i = 0
    var j = 0
    while i < old.count || j < new.count {
      if i < old.count, j < new.count, old[i] == new[j] {
        edits.append(Edit(kind: .keep, text: old[i], oldLine: oldOffset + i, newLine: newOffset + j))
        i += 1
        j += 1
      } else if j < new.count, i == old.count || common[i * width + j + 1] >= common[(i + 1) * width + j] {
        edits.append(Edit(kind: .insert, text: new[j], oldLine: oldOffset + i, newLine: newOffset + j))
        j += 1
      } else {
        edits.append(Edit(kind: .delete, text: old[i], oldLine: oldOffset + i, newLine: newOffset + j))
        i += 1
      }
    }
    // Deletions before insertions within each run of changes, as diff prints them.
    var ordered: [Edit] = []
    var run: [Edit] = []
    for edit in edits + [Edit(kind: .keep, text: Line(text: "", endsWithNewline: true), oldLine: -1, newLine: -1)] {
      if edit.kind == .keep {
        ordered += run.filter { $0.kind == .delete } + run.filter { $0.kind == .insert }
        run = []
        if edit.oldLine >= 0 { ordered.append(edit) }
      } else {
        run.append(edit)
      }
    }
    return ordered
  }

  /// The changes with `context` kept lines around each; changes closer than twice the context
  /// share a hunk.
  static func hunks(_ edits: [Edit], context: Int) -> [[Edit]] {
    let changed = edits.indices.filter { edits[$0].kind != .keep }
    var result: [[Edit]] = []
    var start: Int?
    var end = 0
    for index in changed {
      if let first = start, index - end - 1 > 2 * context {
        result.append(Array(edits[max(0, first - context)...min(edits.count - 1, end + context)]))
        start = index
      } else if start == nil {
        start = index
      }
      end = index
    }
    if let first = start {
      result.append(Array(edits[max(0, first - context)...min(edits.count - 1, end + context)]))
    }
    return result
  }

  /// `start,count` as a hunk header writes it (`start` alone when the count is 1).
  private static func range(_ start: Int, _ count: Int) -> String {
    count == 1 ? "\(start)" : "\(start),\(count)"
  }

  /// A line with carriage returns and other control characters (not tabs) made visible, so that
  /// lines differing only in them do not look alike.
  static func visible(_ line: Substring) -> String {
    var result = ""
    for scalar in line.unicodeScalars {
      switch scalar.value {
      case 0x0D: result += "\\r"
      case 0x09: result.unicodeScalars.append(scalar)
      case 0..<0x20, 0x7F: result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
      default: result.unicodeScalars.append(scalar)
      }
    }
    return result
  }
}
