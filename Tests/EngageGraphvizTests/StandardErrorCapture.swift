import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Redirects file descriptor 2 into a pipe while `body` runs and returns what was written.
/// Whatever was captured is written on to the real standard error afterwards, so output from
/// tests running in parallel is not lost.
enum StandardErrorCapture {
  struct CaptureFailed: Error {}

  static func capture<T>(_ body: () throws -> T) throws -> (T, String) {
    var ends: [Int32] = [0, 0]
    guard pipe(&ends) == 0 else { throw CaptureFailed() }
    let (readEnd, writeEnd) = (ends[0], ends[1])
    fflush(nil)
    let savedError = dup(STDERR_FILENO)
    guard savedError >= 0, dup2(writeEnd, STDERR_FILENO) >= 0 else {
      close(readEnd); close(writeEnd)
      throw CaptureFailed()
    }
    close(writeEnd)

    let reader = FileHandle(fileDescriptor: readEnd, closeOnDealloc: true)
    let drained = DispatchGroup()
    let box = CapturedBytes()
    drained.enter()
    DispatchQueue.global().async {
      box.data = reader.readDataToEndOfFile()
      drained.leave()
    }

    let result: Result<T, Error> = Result { try body() }
    fflush(nil)
    dup2(savedError, STDERR_FILENO)
    close(savedError)
    drained.wait()

    let captured = box.data
    if !captured.isEmpty { FileHandle.standardError.write(captured) }
    return (try result.get(), String(decoding: captured, as: UTF8.self))
  }
}

/// The reader's result, handed from the draining queue back to the caller after `wait()`.
private final class CapturedBytes: @unchecked Sendable {
  var data = Data()
}
