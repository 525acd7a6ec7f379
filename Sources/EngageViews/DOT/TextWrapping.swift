/// Breaks user text into lines of about a given width at spaces, so that labels stay narrow.
public enum TextWrapping {
  /// The width labels wrap at, in characters.
  public static let defaultWidth = 24

  /// The lines of `text`: explicit newlines kept, each paragraph wrapped at spaces; a word
  /// longer than `width` is split.
  public static func lines(_ text: String, width: Int = defaultWidth) -> [String] {
    let limit = max(width, 4)
    var result: [String] = []
    for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
      var line = ""
      for rawWord in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
        var word = String(rawWord)
        while word.count > limit {
          if !line.isEmpty {
            result.append(line)
            line = ""
          }
          result.append(String(word.prefix(limit)))
          word = String(word.dropFirst(limit))
        }
        if line.isEmpty {
          line = word
        } else if line.count + 1 + word.count <= limit {
          line += " " + word
        } else {
          result.append(line)
          line = word
        }
      }
      result.append(line)
    }
    while result.count > 1, result.last?.isEmpty == true { result.removeLast() }
    return result
  }
}
