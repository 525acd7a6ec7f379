import CGraphviz

/// Reads DOT text into a cgraph graph like `agmemread`, but with object IDs handed out in order
/// of first mention instead of Graphviz's default of string addresses.
///
/// cgraph keeps subgraphs ordered by ID, and its default ID discipline uses the address of each
/// name's interned string (compared through a truncating `int` subtraction). Clusters — swimlanes,
/// mega-process boxes — are therefore laid out and drawn in heap-address order, which depends on
/// everything the process allocated before. Sequential IDs make that order the order the DOT
/// text names them in, in every process and on every thread. Anonymous objects get odd IDs from 1
/// and named ones even IDs from 2^30, so anonymous subgraphs still come first (as with `dot`)
/// and every difference fits the comparison's `int`.
enum DOTReader {
  /// Reads the first graph in `text`; nil when there is none or it does not parse (Graphviz has
  /// then reported why through `agerr`). Text after a NUL byte is ignored, as `agmemread` does.
  static func read(_ text: String) -> UnsafeMutablePointer<Agraph_t>? {
    var bytes = Array(text.utf8)
    if let nul = bytes.firstIndex(of: 0) { bytes.removeSubrange(nul...) }
    let source = DOTSource(bytes: bytes)
    let channel = Unmanaged.passRetained(source)
    defer { channel.release() }
    // A graph that parsed leaves the lexer holding whatever followed its closing brace (a
    // newline at least); without the flush the next read would start with it, and its line
    // numbers would be off.
    aglexbad()
    agsetfile(nil)
    return agread(channel.toOpaque(), Disciplines.shared.discipline)
  }
}

/// The `Agdisc_t` handed to `agread`: Graphviz's memory discipline, sequential IDs, line-by-line
/// reading from memory. Allocated once; graphs keep pointers to it for their whole life.
private final class Disciplines: @unchecked Sendable {
  static let shared = Disciplines()
  let discipline: UnsafeMutablePointer<Agdisc_t>

  private init() {
    let ids = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
    ids.initialize(to: Agiddisc_t(
      open: { graph, _ in
        guard let graph else { return nil }
        return Unmanaged.passRetained(SequentialIDs(root: graph)).toOpaque()
      },
      map: { state, _, name, id, createFlag in
        guard let state, let id else { return 0 }
        let ids = Unmanaged<SequentialIDs>.fromOpaque(state).takeUnretainedValue()
        guard let assigned = ids.map(name: name, create: createFlag != 0) else { return 0 }
        id.pointee = assigned
        return 1
      },
      alloc: { _, _, _ in 0 },
      free: { _, _, _ in },
      print: { state, _, id in
        guard let state else { return nil }
        return Unmanaged<SequentialIDs>.fromOpaque(state).takeUnretainedValue().name(of: id)
      },
      close: { state in
        guard let state else { return }
        let ids = Unmanaged<SequentialIDs>.fromOpaque(state)
        ids.takeUnretainedValue().releaseNames()
        ids.release()
      },
      idregister: { _, _, _ in }
    ))

    let io = UnsafeMutablePointer<Agiodisc_t>.allocate(capacity: 1)
    io.initialize(to: Agiodisc_t(
      afread: { channel, buffer, size in
        guard let channel, let buffer else { return 0 }
        return Unmanaged<DOTSource>.fromOpaque(channel).takeUnretainedValue()
          .readLine(into: buffer, capacity: Int(size))
      },
      putstr: engagemap_agiodisc().pointee.putstr,
      flush: engagemap_agiodisc().pointee.flush
    ))

    discipline = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
    discipline.initialize(to: Agdisc_t(mem: engagemap_agmemdisc(), id: ids, io: io))
  }
}

/// The ID table of one root graph. Names are interned with `agstrdup`, so each distinct name has
/// one pointer (and keeps Graphviz's HTML-string flag), held until the graph closes.
private final class SequentialIDs {
  static let firstNamedID: IDTYPE = 1 << 30
  let root: UnsafeMutablePointer<Agraph_t>
  private var idByName: [UnsafeMutablePointer<CChar>: IDTYPE] = [:]
  private var names: [UnsafeMutablePointer<CChar>] = []
  private var nextAnonymousID: IDTYPE = 1

  init(root: UnsafeMutablePointer<Agraph_t>) { self.root = root }

  func map(name: UnsafeMutablePointer<CChar>?, create: Bool) -> IDTYPE? {
    guard let name else {
      guard create else { return nil }
      defer { nextAnonymousID += 2 }
      return nextAnonymousID
    }
    if !create {
      guard let interned = agstrbind(root, name) else { return nil }
      return idByName[interned]
    }
    guard let interned = agstrdup(root, name) else { return nil }
    if let existing = idByName[interned] {
      agstrfree(root, interned)
      return existing
    }
    let id = Self.firstNamedID + 2 * IDTYPE(names.count)
    names.append(interned)
    idByName[interned] = id
    return id
  }

  func name(of id: IDTYPE) -> UnsafeMutablePointer<CChar>? {
    guard id >= Self.firstNamedID, id % 2 == 0 else { return nil }
    let index = Int((id - Self.firstNamedID) / 2)
    return index < names.count ? names[index] : nil
  }

  func releaseNames() {
    for name in names { agstrfree(root, name) }
    names.removeAll()
    idByName.removeAll()
  }
}

/// DOT bytes handed to the lexer one line at a time, as `agmemread` does: the lexer treats a
/// `#` at the start of a chunk as a preprocessor line.
private final class DOTSource {
  private let bytes: [UInt8]
  private var offset = 0

  init(bytes: [UInt8]) { self.bytes = bytes }

  func readLine(into buffer: UnsafeMutablePointer<CChar>, capacity: Int) -> Int32 {
    guard capacity > 0, offset < bytes.count else { return 0 }
    var count = 0
    while offset < bytes.count, count < capacity {
      let byte = bytes[offset]
      buffer[count] = CChar(bitPattern: byte)
      count += 1
      offset += 1
      if byte == UInt8(ascii: "\n") { break }
    }
    return Int32(count)
  }
}
