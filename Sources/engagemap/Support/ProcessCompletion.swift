import EngageLanguage
import EngageModel
import Foundation

/// Shell completion of `render --process`: the ids of the processes of the model named on the
/// command line. The completion scripts (`--generate-completion-script`) run `engagemap` to
/// get them, which reads the model's files (parsing only: a model with errors still lists its
/// processes).
enum ProcessCompletion {
  /// The options of `render` that take a value, whose value is not the model.
  static let optionsWithValues: Set<String> = [
    "--view", "--process", "--format", "-o", "--output", "--data", "--period", "--collapse-above",
  ]

  /// The process ids starting with `prefix`, sorted, of the model among `words` (the shell words
  /// of the command line, program name first), ignoring the word being completed at `index`.
  @Sendable static func complete(_ words: [String], _ index: Int, _ prefix: String) -> [String] {
    guard let model = modelPath(in: words, completing: index) else { return [] }
    return processIDs(ofModelAt: model).filter { $0.hasPrefix(prefix) }
  }

  /// The model argument: the first word after the subcommand that is not an option, an
  /// option's value, or the word being completed.
  static func modelPath(in words: [String], completing index: Int) -> String? {
    var position = 2
    while position < words.count {
      defer { position += 1 }
      let word = words[position]
      if position == index { continue }
      if word.hasPrefix("-") && word != "-" {
        if optionsWithValues.contains(word) { position += 1 }
        continue
      }
      return unquoted(word)
    }
    return nil
  }

  /// The ids of every process the model's files declare (nested ones included), sorted and
  /// without repeats; none when the model cannot be read.
  static func processIDs(ofModelAt path: String) -> [String] {
    let result = ModelLoader.load(path: path)
    var ids: Set<String> = []
    for file in result.syntax {
      for declaration in file.declarations {
        switch declaration {
        case .process(let process): ids.insert(process.id.name)
        case .megaprocess(let megaprocess): ids.formUnion(megaprocess.processes.map(\.id.name))
        default: break
        }
      }
    }
    return ids.sorted()
  }

  /// A shell word as a path: surrounding quotes removed, backslash escapes undone, a leading
  /// `~/` expanded to the home directory.
  static func unquoted(_ word: String) -> String {
    var text = word
    if text.count >= 2, let first = text.first, first == "\"" || first == "'", text.last == first {
      text = String(text.dropFirst().dropLast())
    } else {
      var unescaped = ""
      var escaping = false
      for character in text {
        if character == "\\" && !escaping {
          escaping = true
          continue
        }
        unescaped.append(character)
        escaping = false
      }
      text = unescaped
    }
    if text.hasPrefix("~/"), let home = ProcessInfo.processInfo.environment["HOME"] {
      text = home + text.dropFirst()
    }
    return text
  }
}
