/// Placement helpers that steer Graphviz with invisible edges.
enum Layout {
  struct Rows {
    /// Invisible edges that stack each column and put each row of columns under the previous.
    var edges: [ViewEdge]
    /// The top nodes of every column of the first row (what the previous band links down to).
    var tops: [String]
    /// The bottom nodes of every column of the last row.
    var bottoms: [String]
  }

  /// Stacks each column's nodes top to bottom, and wraps the columns into rows of `perRow`.
  static func wrapColumns(_ columns: [[String]], perRow: Int) -> Rows {
    var edges: [ViewEdge] = []
    for column in columns {
      for (index, id) in column.enumerated().dropFirst() {
        edges.append(ViewStyle.invisibleEdge(column[index - 1], id))
      }
    }
    let rows = chunks(columns, size: perRow)
    for (index, row) in rows.enumerated().dropFirst() {
      let previous = rows[index - 1]
      let previousBottoms = previous.compactMap(\.last)
      guard !previousBottoms.isEmpty else { continue }
      for (position, column) in row.enumerated() {
        guard let top = column.first else { continue }
        let above = previousBottoms[min(position, previousBottoms.count - 1)]
        edges.append(ViewStyle.invisibleEdge(above, top))
      }
    }
    let tops = rows.first?.compactMap(\.first) ?? []
    let bottoms = rows.last?.compactMap(\.last) ?? []
    return Rows(edges: edges, tops: tops, bottoms: bottoms)
  }

  /// `items` cut into consecutive pieces of `size` (at least 1); the last piece may be shorter.
  static func chunks<Element>(_ items: [Element], size: Int) -> [[Element]] {
    let size = max(size, 1)
    return stride(from: 0, to: items.count, by: size).map { Array(items[$0..<min($0 + size, items.count)]) }
  }
}
