import EngageTestSupport
import Foundation

/// The golden reports beside the tests (`Golden/`) and the fixtures they are made from.
enum Golden {
  static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
  static let fixturesDirectory = testsDirectory.appendingPathComponent("Fixtures")
  static let directory = GoldenDirectory(testsDirectory.appendingPathComponent("Golden"))

  static func fixture(_ name: String) -> String { fixturesDirectory.appendingPathComponent(name).path }
}
