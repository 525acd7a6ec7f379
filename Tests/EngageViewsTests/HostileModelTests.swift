import EngageGraphviz
import EngageMeasures
import EngageModel
import Foundation
import Testing

@testable import EngageViews

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A model whose every piece of user text is hostile, rendered in every view to DOT, SVG and PNG.
///
/// Each text starts with a marker (`QQorg`, `QQstb`, ...) followed by everything that could
/// break DOT, Graphviz's escString expansion, HTML-like labels or XML: the literal backslash
/// sequences Graphviz expands (`\N \G \E \L \T \H \l \r \n`), quotes and markup characters,
/// noncharacters (U+FFFE, U+FFFF, U+FDD0, U+10FFFF), C0 and C1 controls the lexer admits, a bidi
/// override, and a `\n` newline escape before a second line `L2<marker>`.
@Suite struct HostileModelTests {
  /// The decoded text of a hostile string with `marker`.
  static func text(_ marker: String) -> String {
    firstLine(marker) + "\n" + "L2" + marker
  }

  static func firstLine(_ marker: String) -> String {
    marker + #" \N \G \E \L \T \H \l \r \n "<&>]} {'} "# + noncharacters + " a"
      + "\u{1B}\u{07}\u{7F}\u{85}\u{9B}\u{0B}\u{0C}\rz \u{202E}rtl"
  }

  /// U+FFFE, U+FFFF, U+FDD0 and U+10FFFF (Swift literals cannot spell the first two).
  static let noncharacters = String(String.UnicodeScalarView([0xFFFE, 0xFFFF, 0xFDD0, 0x10FFFF].compactMap(Unicode.Scalar.init)))

  /// What a label shows on the marker's first line: backslashes kept, noncharacters as U+FFFD,
  /// controls as U+FFFD (as `MarkupEscaping` shows them everywhere), the carriage return dropped.
  static func labelLine(_ marker: String) -> String {
    marker + #" \N \G \E \L \T \H \l \r \n "<&>]} {'} "# + "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} a"
      + String(repeating: "\u{FFFD}", count: 7) + "z \u{202E}rtl"
  }

  /// What a tooltip holds: as a label, but controls as spaces (a carriage return dropped), which
  /// Graphviz writes as one space and no-break spaces, and the newline kept.
  static func tooltipText(_ marker: String) -> String {
    marker + #" \N \G \E \L \T \H \l \r \n "<&>]} {'} "# + "\u{FFFD}\u{FFFD}\u{FFFD}\u{FFFD} a "
      + String(repeating: "\u{A0}", count: 6) + "z \u{202E}rtl\nL2" + marker
  }

  /// `text(marker)` written as an `.engage` string literal.
  static func literal(_ marker: String) -> String {
    var out = "\""
    for scalar in text(marker).unicodeScalars {
      switch scalar {
      case "\\": out += "\\\\"
      case "\"": out += "\\\""
      case "\n": out += "\\n"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// Markers of texts drawn in labels, and of texts that only reach tooltips.
  static let labelMarkers = [
    "QQorg", "QQpur", "QQgoa", "QQcli", "QQclj", "QQrop", "QQrog", "QQroq", "QQmeg", "QQmeh", "QQpra", "QQppa",
    "QQprb", "QQprc", "QQsta", "QQstb", "QQdec", "QQstc", "QQend", "QQwha", "QQwhb", "QQina", "QQinb", "QQinc",
    "QQoua", "QQoub", "QQouc", "QQmea", "QQmeb", "QQmec", "QQrel", "QQpro", "QQreq", "QQrqb",
  ]
  static let tooltipMarkers = [
    "QQode", "QQgde", "QQcde", "QQrde", "QQmde", "QQpda", "QQsdb", "QQdde", "QQida", "QQoda", "QQmds", "QQsrc",
    "QQrds",
  ]

  static var model: String {
    func t(_ marker: String) -> String { literal(marker) }
    return """
      organisation org \(t("QQorg")) {
        purpose \(t("QQpur"))
        description \(t("QQode"))
        goal g1 \(t("QQgoa")) { description \(t("QQgde")) }
      }
      client patients \(t("QQcli")) {
        kind external
        description \(t("QQcde"))
      }
      client staff \(t("QQclj")) { kind internal }
      role patient \(t("QQrop")) {
        kind patient
        description \(t("QQrde"))
      }
      role gp \(t("QQrog")) { kind clinician }
      role partner \(t("QQroq")) { kind patient_partner }
      megaprocess care \(t("QQmeg")) {
        client patients
        goals g1
        level direct_care
        description \(t("QQmde"))
        process planning \(t("QQpra")) {
          kind main
          owner gp
          purpose \(t("QQppa"))
          description \(t("QQpda"))
          engagement involve
          input visit \(t("QQina")) from patients { description \(t("QQida")) }
          input history \(t("QQinb"))
          output plan \(t("QQoua")) to patients { description \(t("QQoda")) }
          output shared \(t("QQoub"))
          start s \(t("QQsta"))
          step one \(t("QQstb")) by patient, gp {
            description \(t("QQsdb"))
            engagement collaborate
          }
          decision d \(t("QQdec")) by gp { description \(t("QQdde")) }
          step two \(t("QQstc")) by partner x2
          end e \(t("QQend"))
          s -> one -> d
          d -> two when \(t("QQwha"))
          d -> one when \(t("QQwhb"))
          two -> e
          two -> review
          measure m1 \(t("QQmea")) {
            type outcome
            unit percent
            target >= 80
            warning >= 70
            frequency monthly
            source \(t("QQsrc"))
            owner gp
            patient_defined yes
            description \(t("QQmds"))
          }
        }
        measure m2 \(t("QQmeb")) {
          unit percent
          target >= 80
          frequency monthly
          source "Audit"
          owner gp
        }
      }
      megaprocess safety \(t("QQmeh")) {
        client patients
        goals g1
        level organisation
        process review \(t("QQprb")) {
          kind management
          owner partner
          purpose "Review"
          input plans \(t("QQinc")) from planning.shared
          output findings \(t("QQouc")) to patients
          start s "Due"
          step meet "Meet" by partner, gp
          end e "Done"
          s -> meet -> e
        }
      }
      process recruit \(t("QQprc")) {
        kind support
        owner gp
        purpose "Recruit"
        output partners "Partners" to staff
        start s "Need"
        step ask "Ask" by gp
        end e "Done"
        s -> ask -> e
      }
      relation sharing \(t("QQrel")) {
        supplier planning.shared
        client review
        product \(t("QQpro"))
        requirement \(t("QQreq"))
        requirement \(t("QQrqb"))
        description \(t("QQrds"))
        measure m3 \(t("QQmec")) {
          unit percent
          target >= 95
          frequency monthly
          source "Inbox"
          owner gp
        }
      }

      """
  }

  static let snapshot = StatusSnapshot(
    period: "2026-10", measures: ["m1": .warning, "m2": .met, "m3": .missed],
    processes: ["planning": .warning, "review": .noData, "recruit": .met],
    megaprocesses: ["care": .warning, "safety": .missed], goals: ["g1": .warning], organisation: .missed)

  /// Every document of every view: plain, with a status snapshot, and collapsed (landscape and
  /// mega-process maps), named by what it is.
  static func documents() throws -> [(name: String, document: ViewDocument)] {
    let graph = try ViewFixtures.graph(model, path: "hostile.engage")
    var result: [(String, ViewDocument)] = []
    for document in ViewCatalog.documents(for: graph) { result.append((document.path, document)) }
    for document in ViewCatalog.documents(for: graph, options: ViewOptions(snapshot: snapshot)) {
      result.append(("status " + document.path, document))
    }
    let collapsed = ViewCatalog.documents(for: graph, views: [.landscape], options: ViewOptions(collapseThreshold: 0))
    for document in collapsed { result.append(("collapsed " + document.path, document)) }
    let withStatus = ViewOptions(snapshot: snapshot, collapseThreshold: 0)
    for document in ViewCatalog.documents(for: graph, views: [.landscape], options: withStatus) {
      result.append(("collapsed status " + document.path, document))
    }
    return result
  }

  /// The DOT Graphviz draws: for a map with swimlanes, the lanes placed after a first layout, as
  /// `engagemap render` does.
  static func renderableDot(_ document: ViewDocument) throws -> String {
    guard LaneBands.hasLanes(document.graph) else { return document.dot }
    let layout = try Graphviz.layout(dot: document.dot)
    let measured = MeasuredLayout(
      nodes: layout.nodes.mapValues { MeasuredBox(minX: $0.minX, minY: $0.minY, maxX: $0.maxX, maxY: $0.maxY) },
      clusters: layout.clusters.mapValues { MeasuredBox(minX: $0.minX, minY: $0.minY, maxX: $0.maxX, maxY: $0.maxY) })
    return try #require(LaneBands.place(document.graph, measured: measured)).dot
  }

  @Test func theModelLoadsAndEveryViewIsThere() throws {
    let names = try Self.documents().map(\.name)
    for expected in [
      "landscape", "process/planning", "process/review", "process/recruit", "relations", "measures", "engagement",
      "status landscape", "status process/planning", "status measures",
      "collapsed landscape", "collapsed megaprocess/care", "collapsed megaprocess/safety",
      "collapsed megaprocess/toplevel-support", "collapsed status landscape", "collapsed status megaprocess/care",
    ] {
      #expect(names.contains(expected), "missing document \(expected)")
    }
  }

  @Test func dotHasNoRawControlsNoncharactersOrUnescapedBackslashSequences() throws {
    for (name, document) in try Self.documents() {
      let dot = document.dot
      let bad = dot.unicodeScalars.filter { scalar in
        (scalar.value < 0x20 && scalar != "\n") || (0x7F...0x9F).contains(scalar.value) || scalar.properties.isNoncharacterCodePoint
      }
      let badCodes = Set(bad.map { String($0.value, radix: 16) }).sorted()
      #expect(badCodes.isEmpty, "\(name): raw \(badCodes)")
      // In labels a backslash is doubled (Graphviz would expand `\N`); in tooltips doubled twice.
      let loneEscape = dot.contains(#" \N "#)
      #expect(!loneEscape, "\(name): a lone \\N reaches Graphviz")
    }
  }

  @Test func everyViewRendersToWellFormedSVGWithTheTextLiteral() throws {
    var seenInText = Set<String>()
    var seenInAttributes = Set<String>()
    for (name, document) in try Self.documents() {
      let rendering = try Graphviz.renderReportingWarnings(dot: try Self.renderableDot(document), format: .svg)
      #expect(rendering.warnings.isEmpty, "\(name): Graphviz warned: \(rendering.warnings)")
      let svg = try HostileSVG.parse(Data(rendering.bytes))
      let text = svg.texts.joined(separator: " ")
      for marker in Self.markers(in: text) {
        seenInText.insert(marker)
        let literal = Self.occurrences(of: marker, in: text).allSatisfy { text[$0...].hasPrefix(Self.labelLine(marker)) }
        #expect(literal, "\(name): \(marker) is not drawn literally: \(Self.context(of: marker, in: text))")
        let broken = svg.texts.contains { $0.hasPrefix("L2" + marker) }
        #expect(broken, "\(name): the newline in \(marker) is not a line break: \(Self.context(of: marker, in: text))")
      }
      for value in svg.attributeValues {
        for marker in Self.markers(in: value) {
          seenInAttributes.insert(marker)
          let literal = Self.occurrences(of: marker, in: value).allSatisfy { value[$0...].hasPrefix(Self.tooltipText(marker)) }
          #expect(literal, "\(name): tooltip of \(marker) is not literal: \(Self.context(of: marker, in: value))")
        }
      }
      for title in svg.titles {
        let clean = !title.unicodeScalars.contains { $0.value < 0x20 || $0.properties.isNoncharacterCodePoint }
        #expect(clean, "\(name): <title>\(title.debugDescription)")
      }
      #expect(!svg.elements.contains("script"))
    }
    let undrawn = Set(Self.labelMarkers).subtracting(seenInText).sorted()
    let unexpected = seenInText.subtracting(Self.labelMarkers).sorted()
    #expect(undrawn.isEmpty && unexpected.isEmpty, "never drawn: \(undrawn); drawn though tooltip-only: \(unexpected)")
    let missingTooltips = Set(Self.tooltipMarkers).subtracting(seenInAttributes)
    #expect(missingTooltips.isEmpty, "texts in no tooltip: \(missingTooltips.sorted())")
  }

  /// What each view must show in its labels (others may show more).
  @Test(arguments: [
    ("landscape", ["QQorg", "QQpur", "QQgoa", "QQmeg", "QQmeh", "QQpra", "QQprb", "QQprc", "QQcli", "QQrog", "QQrel", "QQpro", "QQreq"]),
    (
      "process/planning",
      [
        "QQpra", "QQppa", "QQmeg", "QQrog", "QQrop", "QQroq", "QQsta", "QQstb", "QQdec", "QQstc", "QQend", "QQwha", "QQwhb",
        "QQina", "QQinb", "QQoua", "QQoub", "QQcli", "QQmea", "QQprb",
      ]
    ),
    ("process/review", ["QQprb", "QQmeh", "QQroq", "QQinc", "QQouc", "QQoub", "QQpra", "QQcli"]),
    ("relations", ["QQorg", "QQmeg", "QQmeh", "QQpra", "QQprb", "QQrel", "QQpro", "QQreq", "QQrqb", "QQinb"]),
    ("measures", ["QQorg", "QQgoa", "QQmeg", "QQpra", "QQmea", "QQmeb", "QQmec", "QQrel"]),
    ("engagement", ["QQorg", "QQrop", "QQrog", "QQroq", "QQmeg", "QQmeh", "QQpra", "QQprb", "QQprc"]),
    ("collapsed landscape", ["QQorg", "QQpur", "QQgoa", "QQmeg", "QQmeh", "QQcli"]),
    ("collapsed megaprocess/care", ["QQmeg", "QQpra", "QQprb", "QQcli", "QQgoa", "QQrel", "QQpro", "QQreq"]),
    ("status landscape", ["QQorg", "QQgoa", "QQmeg", "QQpra"]),
    ("status process/planning", ["QQpra", "QQmea", "QQstb"]),
  ])
  func viewShows(name: String, markers: [String]) throws {
    let document = try #require(try Self.documents().first { $0.name == name }?.document)
    let svg = try HostileSVG.parse(Data(try Graphviz.render(dot: try Self.renderableDot(document), format: .svg)))
    let shown = Set(Self.markers(in: svg.texts.joined(separator: " ")))
    let missing = Set(markers).subtracting(shown).sorted()
    #expect(missing.isEmpty, "\(name) lacks \(missing)")
  }

  @Test func everyViewRendersToPNG() throws {
    let pngSignature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    for (name, document) in try Self.documents() where !name.hasPrefix("status ") {
      let rendering = try Graphviz.renderReportingWarnings(dot: try Self.renderableDot(document), format: .png)
      let isPNG = Array(rendering.bytes.prefix(8)) == pngSignature
      #expect(isPNG, "\(name)")
      #expect(rendering.warnings.isEmpty, "\(name): Graphviz warned: \(rendering.warnings)")
    }
  }

  /// Offsets of `marker` in `text`, except where it follows `L2` (a second line).
  static func occurrences(of marker: String, in text: String) -> [String.Index] {
    var result: [String.Index] = []
    var searchStart = text.startIndex
    while let found = text.range(of: marker, range: searchStart..<text.endIndex) {
      if !text[..<found.lowerBound].hasSuffix("L2") { result.append(found.lowerBound) }
      searchStart = found.upperBound
    }
    return result
  }

  /// The hostile markers (`QQ` and three lowercase letters) in `text`.
  static func markers(in text: String) -> [String] {
    let all = labelMarkers + tooltipMarkers
    return all.filter { !occurrences(of: $0, in: text).isEmpty }
  }

  static func context(of marker: String, in text: String) -> String {
    guard let start = occurrences(of: marker, in: text).first else { return "" }
    return String(text[start...].prefix(120)).debugDescription
  }
}

/// The `<text>` contents, `<title>` contents, attribute values and element names of an SVG.
final class HostileSVG: NSObject, XMLParserDelegate {
  var elements = Set<String>()
  var texts: [String] = []
  var titles: [String] = []
  var attributeValues: [String] = []
  private var current = ""

  static func parse(_ data: Data) throws -> HostileSVG {
    let collector = HostileSVG()
    let parser = XMLParser(data: data)
    parser.delegate = collector
    guard parser.parse() else {
      throw FixtureError(message: "SVG is not well-formed XML: \(parser.parserError.map { "\($0)" } ?? "unknown error")")
    }
    return collector
  }

  func parser(
    _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
    attributes: [String: String] = [:]
  ) {
    elements.insert(name)
    attributeValues.append(contentsOf: attributes.keys.sorted().compactMap { attributes[$0] })
    current = ""
  }

  func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }

  func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
    if name == "text" { texts.append(current) }
    if name == "title" { titles.append(current) }
    current = ""
  }
}
