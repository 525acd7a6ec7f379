import Foundation

/// The process's standard output and standard error, written unbuffered as UTF-8.
enum StandardStream {
  case output
  case error

  var fileHandle: FileHandle {
    switch self {
    case .output: FileHandle.standardOutput
    case .error: FileHandle.standardError
    }
  }

  var fileDescriptor: Int32 {
    switch self {
    case .output: 1
    case .error: 2
    }
  }

  func write(_ text: String) {
    guard !text.isEmpty else { return }
    fileHandle.write(Data(text.utf8))
  }

  /// Writes `text` followed by a newline unless it already ends with one.
  func writeLine(_ text: String) {
    write(text.hasSuffix("\n") ? text : text + "\n")
  }
}
