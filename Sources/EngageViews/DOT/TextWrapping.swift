/// Breaks user text into lines of about a given width at spaces, so that labels stay narrow.
public enum TextWrapping {
  /// The width labels wrap at, in characters.
  public static let defaultWidth = 24

  /// The lines of `text`: explicit newlines kept, each paragraph wrapped at spaces; a word
  /// longer than `width` is split.
  public static func lines(_ text: String, width: Int = defaultWidth) -> [String] {
    let limit = max(width, 4)
    if text.utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) { return asciiLines(text, limit: limit) }
    return characterLines(text, limit: limit)
  }

  /// `lines` for any text, counting characters (grapheme clusters).
  static func characterLines(_ text: String, limit: Int) -> [String] {
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

  /// `lines` for ASCII text without carriage returns, where a character is one byte (`\r\n`
  /// would be one character): the same lines, with lengths counted once instead of per word.
  static func asciiLines(_ text: String, limit: Int) -> [String] {
    var result: [String] = []
    for paragraph in text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
      var line: [UInt8] = []
      for rawWord in paragraph.split(separator: UInt8(ascii: " "), omittingEmptySubsequences: true) {
        var word = rawWord[...]
        while word.count > limit {
          if !line.isEmpty {
            result.append(String(decoding: line, as: UTF8.self))
            line = []
          }
          result.append(String(decoding: word.prefix(limit), as: UTF8.self))
          word = word.dropFirst(limit)
        }
        if line.isEmpty {
          line.append(contentsOf: word)
        } else if line.count + 1 + word.count <= limit {
          line.append(UInt8(ascii: " "))
          line.append(contentsOf: word)
        } else {
          result.append(String(decoding: line, as: UTF8.self))
          line = Array(word)
        }
      }
      result.append(String(decoding: line, as: UTF8.self))
    }
    while result.count > 1, result.last?.isEmpty == true { result.removeLast() }
    return result
  }
}
