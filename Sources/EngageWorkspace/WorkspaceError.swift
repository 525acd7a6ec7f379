import EngageLanguage

/// Why a workspace operation failed, as a value: the diagnostics to show first, then the
/// message, and the exit status the failure maps to (1 the model has errors, 2 usage, input,
/// Graphviz or I/O failure). Nothing in the workspace prints or ends the process.
public struct WorkspaceError: Error, Sendable, CustomStringConvertible {
  /// The kind of failure, which decides the exit status.
  public enum Kind: Sendable, Equatable {
    /// The model has errors (or warnings, for a strict check): exit status 1.
    case modelErrors
    /// Unusable arguments or input, an unreadable model or data file, a Graphviz or I/O
    /// failure: exit status 2.
    case usageOrIO
  }

  public let kind: Kind
  /// What went wrong in one line, or `nil` when the diagnostics say it all.
  public let message: String?
  /// Diagnostics to show before the message, in output order (those of the model, then those
  /// of a measure data file).
  public let diagnostics: [Diagnostic]

  public init(_ kind: Kind, message: String?, diagnostics: [Diagnostic] = []) {
    self.kind = kind
    self.message = message
    self.diagnostics = diagnostics
  }

  /// A model that has errors: its diagnostics say why.
  public static func modelErrors(_ diagnostics: [Diagnostic]) -> WorkspaceError {
    WorkspaceError(.modelErrors, message: nil, diagnostics: diagnostics)
  }

  /// A usage, input or I/O failure with its message, after `diagnostics`.
  public static func failure(_ message: String, diagnostics: [Diagnostic] = []) -> WorkspaceError {
    WorkspaceError(.usageOrIO, message: message, diagnostics: diagnostics)
  }

  /// 1 for model errors, 2 for everything else.
  public var exitStatus: Int32 {
    switch kind {
    case .modelErrors: 1
    case .usageOrIO: 2
    }
  }

  public var description: String {
    message ?? "the model has \(diagnostics.filter { $0.severity == .error }.count) errors"
  }
}
