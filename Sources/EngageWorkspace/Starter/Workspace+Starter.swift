import Foundation

extension Workspace {
  /// Writes the starter model for an organisation called `name` into `directory`, which is
  /// created (with its parents) when missing, all files or none. Throws `.usageOrIO` for an
  /// empty name, a directory that holds anything (hidden files included), a path that is not a
  /// directory, or a failed write. Returns the paths written, relative to `directory`.
  @discardableResult
  public func createStarterModel(in directory: String, name: String) throws(WorkspaceError) -> [String] {
    guard !directory.isEmpty else { throw .failure("no directory given") }
    guard name.contains(where: { !$0.isWhitespace }) else {
      throw .failure("the organisation's name is empty; give one with --name, as in --name \"Lakeside Clinic\"")
    }
    var isDirectory: ObjCBool = false
    if FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) {
      guard isDirectory.boolValue else {
        throw .failure("'\(directory)' is a file; give a new or empty directory for the starter model")
      }
      let entries: [String]
      do {
        entries = try FileManager.default.contentsOfDirectory(atPath: directory)
      } catch {
        throw .failure("cannot read the directory '\(directory)'")
      }
      guard entries.isEmpty else {
        throw .failure(
          "'\(directory)' is not empty; init writes a starter model only into a new or empty directory, so that nothing of yours is replaced"
        )
      }
    }
    let files = StarterModel.files(name: name)
    do {
      try AtomicWriter().write(files, into: directory)
    } catch {
      throw .failure(error.message)
    }
    return files.map(\.path)
  }
}
