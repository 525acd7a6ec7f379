import CGraphviz
import Testing
@testable import EngageGraphviz

/// Graphviz 2.42 caches the last font measured by the address of its name; see
/// `engagemap_reset_text_layout_cache` in the CGraphviz shim.
@Suite("Graphviz text layout cache")
struct TextLayoutCacheTests {
  /// Measures `text` at 14 pt in the font named by `name` (a buffer the caller owns).
  private func width(_ text: String, fontName name: UnsafeMutablePointer<CChar>, context: OpaquePointer) -> Double {
    MeasuredSpan.measure(text, fontName: name, size: 14, in: context)?.width ?? -1
  }

  /// Without the reset, Graphviz 2.42 measures the second "DejaVu Sans" in DejaVu Serif.
  @Test("a font name reused at the same address is measured afresh after a reset")
  func reusedFontNameAddress() throws {
    // Graphviz's state is process-wide: hold the lock renders hold while calling it directly.
    let widths = GraphvizSession.run { _ -> (sans: Double, serif: Double, sansAtReusedAddress: Double)? in
      guard let context = gvContext() else { return nil }
      defer { gvFreeContext(context) }
      gvtextlayout_select(context)
      let reused = UnsafeMutablePointer<CChar>.allocate(capacity: 32)
      let fresh = UnsafeMutablePointer<CChar>.allocate(capacity: 32)
      defer { reused.deallocate(); fresh.deallocate() }
      engagemap_reset_text_layout_cache(context)
      strcpy(fresh, "DejaVu Sans")
      let sans = width("Concern reporting", fontName: fresh, context: context)
      strcpy(reused, "DejaVu Serif")
      let serif = width("Concern reporting", fontName: reused, context: context)
      strcpy(reused, "DejaVu Sans")
      engagemap_reset_text_layout_cache(context)
      let sansAtReusedAddress = width("Concern reporting", fontName: reused, context: context)
      engagemap_reset_text_layout_cache(context)
      return (sans, serif, sansAtReusedAddress)
    }.value
    let measured = try #require(widths)
    #expect(measured.sans > 0 && measured.serif > 0 && measured.sans != measured.serif)
    #expect(measured.sansAtReusedAddress == measured.sans)
  }
}
