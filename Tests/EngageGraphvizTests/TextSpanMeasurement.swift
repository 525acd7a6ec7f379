import CGraphviz

/// What one call of a context's text layout reported for a span.
struct MeasuredSpan: Equatable {
  let width: Double
  let height: Double
  let baselineOffset: Double
  /// Whether the span came back with a pango layout (freed here).
  let hadLayout: Bool

  /// Measures `text` with the text layout `context` has selected, in the font named by `fontName`
  /// (a buffer the caller owns for as long as Graphviz may remember it); `nil` when the layout
  /// reports failure.
  static func measure(
    _ text: String, fontName: UnsafeMutablePointer<CChar>, size: Double, flags: UInt32 = 0,
    in context: OpaquePointer
  ) -> MeasuredSpan? {
    var font = textfont_t()
    font.name = fontName
    font.size = size
    font.flags = flags
    return text.withCString { cText in
      var span = textspan_t()
      span.str = UnsafeMutablePointer(mutating: cText)
      span.just = CChar(UInt8(ascii: "n"))
      return withUnsafeMutablePointer(to: &font) { fontPointer in
        span.font = fontPointer
        guard gvtextlayout(context, &span, nil) != 0 else { return nil }
        let hadLayout = span.layout != nil
        if let layout = span.layout, let free = span.free_layout { free(layout) }
        return MeasuredSpan(
          width: span.size.x, height: span.size.y, baselineOffset: span.yoffset_layout, hadLayout: hadLayout)
      }
    }
  }
}
