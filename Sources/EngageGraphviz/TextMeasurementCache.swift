import CGraphviz

#if canImport(Glibc)
  import Glibc
#endif

/// Remembers what Graphviz's pango text layout measured, so that text seen before is not shaped
/// again.
///
/// Graphviz measures every label line with pango (font selection, itemisation, shaping) and keeps
/// nothing between graphs, so the legend, the key and the owner lines repeated on every map are
/// shaped afresh each time; measuring is about a third of a layout. Pango's answer depends only
/// on the text, the font name, size and HTML flags, and the font's PostScript alias, so those form
/// the key. The cache is a text-layout plugin of higher quality than pango's that answers from
/// memory and asks pango on a miss.
///
/// Only the measurements are reused, never a `PangoLayout`: the cairo renderers (PNG, PDF) draw
/// with the layout each span carries, so a render to those formats asks pango every time. SVG
/// and the layout-only pass read nothing but the measurements, and their output is byte-identical
/// with and without the cache. Everything here runs under `GraphvizSession`'s lock.
enum TextMeasurementCache {
  /// What pango reported for one span.
  private struct Measurement {
    let width: Double
    let height: Double
    let baselineOffset: Double
    let centrelineOffset: Double
    let measured: boolean
  }

  /// The inputs of a measurement.
  private struct Key: Hashable {
    let text: [UInt8]
    let fontName: [UInt8]
    let size: UInt64
    let flags: UInt32
    let postscriptAlias: UInt
  }

  /// The most measurements kept; the cache starts afresh beyond it.
  private static let capacity = 50_000

  nonisolated(unsafe) private static var pangoTextLayout: engagemap_textlayout_function?
  nonisolated(unsafe) private static var measurements: [Key: Measurement] = [:]
  /// Whether measurements may come from memory for the next layout: true for SVG and for the
  /// layout-only pass, false when a cairo renderer will draw with pango's layouts.
  nonisolated(unsafe) static var answersFromMemory = false

  /// Whether the cache sits in front of pango in the process's context.
  static var isInstalled: Bool { pangoTextLayout != nil }

  /// Puts the cache in front of pango's text layout in `context`, once per process. Leaves the
  /// context as it was when pango is not Graphviz's text layout or cannot be found.
  static func install(in context: OpaquePointer) {
    guard pangoTextLayout == nil,
      gvtextlayout_select(context) != 0,
      let pango = pangoMeasuringFunction()
    else { return }
    pangoTextLayout = pango

    let engine = UnsafeMutablePointer<gvtextlayout_engine_t>.allocate(capacity: 1)
    engine.initialize(to: gvtextlayout_engine_t(textlayout: measure))
    let types = UnsafeMutablePointer<gvplugin_installed_t>.allocate(capacity: 2)
    types.initialize(to: gvplugin_installed_t(
      id: 0, type: strdup("textlayout"), quality: 100, engine: UnsafeMutableRawPointer(engine), features: nil))
    (types + 1).initialize(to: gvplugin_installed_t(id: 0, type: nil, quality: 0, engine: nil, features: nil))
    let apis = UnsafeMutablePointer<gvplugin_api_t>.allocate(capacity: 2)
    apis.initialize(to: gvplugin_api_t(api: engagemap_api_textlayout(), types: types))
    (apis + 1).initialize(to: gvplugin_api_t(api: api_t(0), types: nil))
    let library = UnsafeMutablePointer<gvplugin_library_t>.allocate(capacity: 1)
    library.initialize(to: gvplugin_library_t(packagename: strdup("engagemap_text_cache"), apis: apis))
    gvAddLibrary(context, library)
    _ = gvtextlayout_select(context)
  }

  /// Points pango's remembered font at a name that is never freed (see the shim).
  static func resetFontCache(in context: OpaquePointer) {
    if let pangoTextLayout {
      engagemap_reset_text_layout_engine(pangoTextLayout)
    } else {
      engagemap_reset_text_layout_cache(context)
    }
  }

  /// Pango's own measuring function, from the plugin library Graphviz has already loaded.
  private static func pangoMeasuringFunction() -> engagemap_textlayout_function? {
    guard let handle = dlopen("libgvplugin_pango.so.6", RTLD_LAZY | RTLD_NOLOAD) else { return nil }
    guard let symbol = dlsym(handle, "gvplugin_pango_LTX_library") else { return nil }
    let library = symbol.assumingMemoryBound(to: gvplugin_library_t.self)
    guard var api = library.pointee.apis else { return nil }
    while let types = api.pointee.types {
      if api.pointee.api == engagemap_api_textlayout() {
        var type = types
        while let name = type.pointee.type {
          if strcmp(name, "textlayout") == 0, let engine = type.pointee.engine {
            return engine.assumingMemoryBound(to: gvtextlayout_engine_t.self).pointee.textlayout
          }
          type += 1
        }
      }
      api += 1
    }
    return nil
  }

  /// The plugin's measuring function: from memory when allowed and known, otherwise pango's.
  private static let measure: engagemap_textlayout_function = { span, fontpath in
    guard let pango = TextMeasurementCache.pangoTextLayout else { return 0 }
    guard TextMeasurementCache.answersFromMemory, fontpath == nil,
      let span, let font = span.pointee.font, let text = span.pointee.str, let fontName = font.pointee.name
    else { return pango(span, fontpath) }

    let key = Key(
      text: bytes(of: text), fontName: bytes(of: fontName), size: font.pointee.size.bitPattern,
      flags: UInt32(font.pointee.flags), postscriptAlias: UInt(bitPattern: font.pointee.postscript_alias))
    if let known = TextMeasurementCache.measurements[key] {
      span.pointee.size = pointf(x: known.width, y: known.height)
      span.pointee.yoffset_layout = known.baselineOffset
      span.pointee.yoffset_centerline = known.centrelineOffset
      span.pointee.layout = nil
      span.pointee.free_layout = nil
      return known.measured
    }
    let measured = pango(span, nil)
    if TextMeasurementCache.measurements.count >= capacity { TextMeasurementCache.measurements.removeAll() }
    TextMeasurementCache.measurements[key] = Measurement(
      width: span.pointee.size.x, height: span.pointee.size.y, baselineOffset: span.pointee.yoffset_layout,
      centrelineOffset: span.pointee.yoffset_centerline, measured: measured)
    return measured
  }

  private static func bytes(of text: UnsafePointer<CChar>) -> [UInt8] {
    Array(UnsafeRawBufferPointer(start: text, count: strlen(text)))
  }
}
