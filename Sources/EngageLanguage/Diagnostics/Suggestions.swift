/// "Did you mean" suggestions: the candidate closest to a misspelt word.
public enum Suggestions {
  /// The candidate closest to `word` by Damerau–Levenshtein distance (optimal string alignment,
  /// case-insensitive), or `nil` when none is close enough.
  ///
  /// A candidate is close enough when its distance is at most a third of the longer word's length
  /// (at least 1, at most 3), and smaller than the candidate's own length, so that short words do
  /// not match everything. Failing that, a candidate that the word (three letters or more)
  /// abbreviates is suggested. Ties go to the candidate that sorts first, so the answer is
  /// deterministic whatever the order of `among`.
  public static func closest(to word: String, among candidates: some Sequence<String>) -> String? {
    let target = Array(word.lowercased().unicodeScalars)
    guard !target.isEmpty else { return nil }
    let sortedCandidates = Set(candidates).sorted()
    var best: (candidate: String, distance: Int)?
    for candidate in sortedCandidates {
      let scalars = Array(candidate.lowercased().unicodeScalars)
      guard !scalars.isEmpty else { continue }
      let threshold = min(3, max(1, max(target.count, scalars.count) / 3))
      guard abs(scalars.count - target.count) <= threshold else { continue }
      let distance = Self.distance(target, scalars, limit: threshold)
      guard distance <= threshold, distance < scalars.count else { continue }
      if distance < (best?.distance ?? .max) {
        best = (candidate, distance)
      }
    }
    if let best { return best.candidate }
    // An abbreviation such as `warn` for `warning`: the first candidate it begins.
    guard target.count >= 3 else { return nil }
    let lowered = word.lowercased()
    return sortedCandidates.first { $0.lowercased().hasPrefix(lowered) && $0.count > word.count }
  }

  /// The optimal-string-alignment distance between two scalar arrays; values above `limit` are
  /// reported as `limit + 1` once every alignment exceeds it.
  static func distance(_ lhs: [Unicode.Scalar], _ rhs: [Unicode.Scalar], limit: Int) -> Int {
    if lhs.isEmpty { return rhs.count }
    if rhs.isEmpty { return lhs.count }
    var previousPrevious = [Int](repeating: 0, count: rhs.count + 1)
    var previous = Array(0...rhs.count)
    var current = [Int](repeating: 0, count: rhs.count + 1)
    for i in 1...lhs.count {
      current[0] = i
      var rowMinimum = current[0]
      for j in 1...rhs.count {
        let cost = lhs[i - 1] == rhs[j - 1] ? 0 : 1
        var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        if i > 1, j > 1, lhs[i - 1] == rhs[j - 2], lhs[i - 2] == rhs[j - 1] {
          value = min(value, previousPrevious[j - 2] + 1)
        }
        current[j] = value
        rowMinimum = min(rowMinimum, value)
      }
      if rowMinimum > limit { return limit + 1 }
      (previousPrevious, previous, current) = (previous, current, previousPrevious)
    }
    return previous[rhs.count]
  }
}
