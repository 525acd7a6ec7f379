import CGraphviz
import Testing

/// Graphviz 2.42 caches the last font measured by the address of its name; see
/// `engagemap_reset_text_layout_cache` in the CGraphviz shim.
@Suite("Graphviz text layout cache")
struct TextLayoutCacheTests {
  /// Measures `text` at 14 pt in the font named by `name` (a buffer the caller owns).
  private func width(_ text: String, fontName name: UnsafeMutablePointer<CChar>, context: OpaquePointer) -> Double {
    var font = textfont_t()
    font.name = name
    font.size = 14
    return text.withCString { cText in
      var span = textspan_t()
      span.str = UnsafeMutablePointer(mutating: cText)
      span.just = CChar(UInt8(ascii: "n"))
      return withUnsafeMutablePointer(to: &font) { fontPointer in
        span.font = fontPointer
        guard gvtextlayout(context, &span, nil) != 0 else { return -1 }
        if let layout = span.layout, let free = span.free_layout { free(layout) }
        return span.size.x
      }
    }
  }

  /// Without the reset, Graphviz 2.42 measures the second "DejaVu Sans" in DejaVu Serif.
  @Test("a font name reused at the same address is measured afresh after a reset")
  func reusedFontNameAddress() throws {
    let context = try #require(gvContext())
    defer { gvFreeContext(context) }
    gvtextlayout_select(context)
    let reused = UnsafeMutablePointer<CChar>.allocate(capacity: 32)
    let fresh = UnsafeMutablePointer<CChar>.allocate(capacity: 32)
    defer { reused.deallocate(); fresh.deallocate() }
    strcpy(fresh, "DejaVu Sans")
    let sans = width("Concern reporting", fontName: fresh, context: context)

    strcpy(reused, "DejaVu Serif")
    let serif = width("Concern reporting", fontName: reused, context: context)
    strcpy(reused, "DejaVu Sans")
    engagemap_reset_text_layout_cache(context)
    let sansAtReusedAddress = width("Concern reporting", fontName: reused, context: context)
    engagemap_reset_text_layout_cache(context)

    #expect(sans > 0 && serif > 0 && sans != serif)
    #expect(sansAtReusedAddress == sans)
  }
}
