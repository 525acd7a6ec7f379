import EngageLanguage
import Foundation

#if canImport(Glibc)
  import Glibc
#elseif canImport(Musl)
  import Musl
#elseif canImport(Darwin)
  import Darwin
#endif

/// Whether output to a stream may use ANSI colour: only when it is a terminal, never when
/// `NO_COLOR` is set to a non-empty value, never when `TERM` is `dumb` (the formatter's policy).
enum TerminalColour {
  static func isEnabled(for stream: StandardStream) -> Bool {
    DiagnosticTextFormatter.shouldUseColour(
      environment: ProcessInfo.processInfo.environment, isTerminal: isatty(stream.fileDescriptor) == 1)
  }
}
