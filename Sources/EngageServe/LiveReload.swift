/// The live-reload script every served page carries: it listens to the server's events and
/// reloads the page (keeping its scroll position) when a newer generation is announced;
/// `EventSource` reconnects by itself after a server restart.
enum LiveReload {
  static let eventsPath = "/_engagemap/events"
  static let statusPath = "/_engagemap/status"
  static let scriptPath = "/_engagemap/live.js"

  /// The markup put before `</body>`: the generation the page belongs to and the script.
  static func snippet(generation: Int) -> String {
    #"<script src="\#(scriptPath)" data-engagemap-generation="\#(generation)"></script>"#
  }

  static let script = #"""
    (function () {
      "use strict";
      var current = document.currentScript;
      var generation = Number(current && current.getAttribute("data-engagemap-generation")) || 0;
      var key = "engagemap-scroll:" + location.pathname;
      try {
        var saved = sessionStorage.getItem(key);
        if (saved !== null) {
          sessionStorage.removeItem(key);
          var position = saved.split(",");
          window.addEventListener("load", function () { window.scrollTo(Number(position[0]), Number(position[1])); });
        }
      } catch (ignored) {}
      if (!window.EventSource) { return; }
      var events = new EventSource("/_engagemap/events");
      events.addEventListener("generation", function (event) {
        var announced = Number(event.data);
        if (announced > generation) {
          try { sessionStorage.setItem(key, window.scrollX + "," + window.scrollY); } catch (ignored) {}
          generation = announced;
          location.reload();
        }
      });
    })();

    """#
}
