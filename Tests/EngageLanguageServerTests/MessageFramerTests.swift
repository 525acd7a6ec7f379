import Foundation
import Testing

@testable import EngageLanguageServer

/// Content-Length framing: split and joined frames, and malformed headers skipped, not trusted.
@Suite struct MessageFramerTests {
  @Test func framesSplitAcrossReadsAndJoinedInOneAreFound() {
    let one = MessageFramer.frame(Data("{\"a\":1}".utf8))
    let two = MessageFramer.frame(Data("{\"é\":\"ø\"}".utf8))
    var framer = MessageFramer()
    let stream = Array(one + two)
    framer.append(stream[0..<5])
    #expect(framer.next() == nil)
    framer.append(stream[5...])
    #expect(framer.next() == .message(Data("{\"a\":1}".utf8)))
    #expect(framer.next() == .message(Data("{\"é\":\"ø\"}".utf8)))
    #expect(framer.next() == nil)
  }

  @Test(arguments: [
    ("Content-Type: x\r\n\r\n", "a message header without Content-Length"),
    ("Content-Length: ten\r\n\r\n", "Content-Length 'ten' is not a length"),
    ("Content-Length: -4\r\n\r\n", "Content-Length '-4' is not a length"),
    ("Content-Length: 99999999999\r\n\r\n", "Content-Length 99999999999 is larger than 268435456 bytes"),
  ])
  func malformedHeadersAreReportedAndTheNextFrameIsRead(header: String, reason: String) {
    var framer = MessageFramer()
    framer.append(Array(header.utf8) + Array(MessageFramer.frame(Data("{}".utf8))))
    #expect(framer.next() == .malformed(reason))
    #expect(framer.next() == .message(Data("{}".utf8)))
  }

  @Test func jsonValuesRoundTrip() throws {
    let value: JSON = ["id": 3, "list": [true, nil, "x"], "n": .double(1.5)]
    #expect(JSON.decode(value.encoded()) == value)
    #expect(JSON.decode(Data("{not json".utf8)) == nil)
  }
}
