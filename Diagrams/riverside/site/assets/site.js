(function () {
  "use strict";
  var root = document.body.getAttribute("data-root") || "";

  function fold(text) {
    return String(text).normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  }

  var entries = (window.ENGAGEMAP_SEARCH_INDEX || []).map(function (entry, position) {
    return {
      entry: entry,
      position: position,
      title: fold(entry.title),
      id: fold(entry.id),
      rest: fold((entry.text || "") + " " + (entry.context || ""))
    };
  });

  // Every term must appear; a match in the id or title counts more than one in the text.
  function search(query) {
    var terms = fold(query).split(/\s+/).filter(function (term) { return term.length > 0; });
    if (terms.length === 0) { return []; }
    var found = [];
    entries.forEach(function (candidate) {
      var score = 0;
      for (var i = 0; i < terms.length; i++) {
        var term = terms[i];
        if (candidate.id === term) { score += 8; }
        else if (candidate.title.indexOf(term) === 0) { score += 6; }
        else if (candidate.title.indexOf(term) >= 0) { score += 4; }
        else if (candidate.id.indexOf(term) >= 0) { score += 3; }
        else if (candidate.rest.indexOf(term) >= 0) { score += 1; }
        else { return; }
      }
      found.push({ candidate: candidate, score: score });
    });
    found.sort(function (a, b) { return b.score - a.score || a.candidate.position - b.candidate.position; });
    return found.map(function (item) { return item.candidate.entry; });
  }

  function resultItem(entry) {
    var item = document.createElement("li");
    var link = document.createElement("a");
    link.href = root + entry.path;
    var kind = document.createElement("span");
    kind.className = "result-kind";
    kind.textContent = entry.kind;
    link.appendChild(kind);
    var title = document.createElement("span");
    title.className = "result-title";
    title.textContent = entry.title;
    link.appendChild(title);
    if (entry.context) {
      var context = document.createElement("span");
      context.className = "result-context";
      context.textContent = entry.context;
      link.appendChild(context);
    }
    item.appendChild(link);
    return item;
  }

  function counted(count) { return count === 1 ? "1 result" : count + " results"; }

  var form = document.querySelector("form.search");
  var input = document.getElementById("site-search");
  var panel = document.getElementById("site-search-panel");
  var status = document.getElementById("site-search-status");
  if (form && input && panel && status) {
    var limit = 8;
    var list = panel.querySelector("ol");
    var more = panel.querySelector(".search-more");
    var close = function () {
      panel.hidden = true;
      input.setAttribute("aria-expanded", "false");
    };
    var update = function () {
      var query = input.value.trim();
      list.textContent = "";
      more.textContent = "";
      if (!query) {
        close();
        status.textContent = "";
        return;
      }
      var results = search(query);
      results.slice(0, limit).forEach(function (entry) { list.appendChild(resultItem(entry)); });
      var all = document.createElement("a");
      all.href = root + "search.html?q=" + encodeURIComponent(query);
      all.textContent = results.length > limit ? "All " + results.length + " results" : "Open the search page";
      more.appendChild(all);
      panel.hidden = false;
      input.setAttribute("aria-expanded", "true");
      status.textContent = counted(results.length);
    };
    var links = function () { return Array.prototype.slice.call(panel.querySelectorAll("a")); };
    input.addEventListener("input", update);
    input.addEventListener("focus", function () { if (input.value.trim()) { update(); } });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && !panel.hidden) {
        var first = links()[0];
        if (first) {
          event.preventDefault();
          first.focus();
        }
      } else if (event.key === "Escape") {
        close();
      }
    });
    panel.addEventListener("keydown", function (event) {
      var all = links();
      var index = all.indexOf(document.activeElement);
      if (event.key === "ArrowDown") {
        event.preventDefault();
        if (index < all.length - 1) { all[index + 1].focus(); }
      } else if (event.key === "ArrowUp") {
        event.preventDefault();
        if (index > 0) { all[index - 1].focus(); } else { input.focus(); }
      } else if (event.key === "Escape") {
        event.preventDefault();
        close();
        input.focus();
      }
    });
    document.addEventListener("click", function (event) {
      if (!form.contains(event.target)) { close(); }
    });
  }

  var pageInput = document.getElementById("search-page-input");
  var pageResults = document.getElementById("search-page-results");
  var pageStatus = document.getElementById("search-page-status");
  if (pageInput && pageResults && pageStatus) {
    var show = function (query) {
      pageResults.textContent = "";
      var trimmed = query.trim();
      if (!trimmed) {
        pageStatus.textContent = "Type a word: a process, step, role, measure, client or goal, by title, id or description.";
        return;
      }
      var results = search(trimmed);
      results.forEach(function (entry) { pageResults.appendChild(resultItem(entry)); });
      pageStatus.textContent = counted(results.length) + " for \u201C" + trimmed + "\u201D";
    };
    var initial = new URLSearchParams(window.location.search).get("q") || "";
    pageInput.value = initial;
    show(initial);
    pageInput.addEventListener("input", function () { show(pageInput.value); });
  }

  Array.prototype.forEach.call(document.querySelectorAll("button.map-size"), function (button) {
    var figure = button.closest("figure");
    if (!figure) { return; }
    button.hidden = false;
    button.addEventListener("click", function () {
      var actual = figure.classList.toggle("actual-size");
      button.setAttribute("aria-pressed", actual ? "true" : "false");
      button.textContent = actual ? "Fit to the page" : "Actual size";
    });
  });
})();
