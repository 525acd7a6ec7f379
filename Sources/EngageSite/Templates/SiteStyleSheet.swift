/// `assets/site.css`: the theme's custom properties (`SiteTheme`), the screen layout, and the
/// print style sheet (A4, navigation and search hidden, maps scaled to the page width, one
/// process per page on `print.html`). Colours only through `var(...)`.
enum SiteStyleSheet {
  static var text: String { SiteTheme.rootBlock + rules }

  static let rules = """
    *, *::before, *::after { box-sizing: border-box; }
    html { -webkit-text-size-adjust: 100%; }
    body { margin: 0; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; font-size: 15px; line-height: 1.45; color: var(--ink); background: var(--canvas); }
    a { color: var(--link); }
    a:focus-visible, button:focus-visible, input:focus-visible { outline: 3px solid var(--trend-target); outline-offset: 2px; }
    .visually-hidden { position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
    .skip { position: absolute; left: 1rem; top: -3rem; background: var(--plain-fill); padding: 0.4rem 0.8rem; border: 1px solid var(--rule); z-index: 10; }
    .skip:focus { top: 0.5rem; }

    .site-header { display: flex; flex-wrap: wrap; align-items: center; gap: 0.4rem 1.6rem; padding: 0.6rem 2rem; background: var(--header-bar); border-bottom: 1px solid var(--rule); }
    .site-title { font-weight: 700; font-size: 1.1rem; color: var(--ink); text-decoration: none; }
    .site-header nav ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.2rem 1.1rem; margin: 0; padding: 0; }
    .site-header nav a { color: var(--ink); text-decoration: none; padding: 0.2rem 0; border-bottom: 2px solid var(--header-bar); }
    .site-header nav a:hover { border-bottom-color: var(--cluster-pen); }
    .site-header nav a[aria-current="page"] { font-weight: 700; border-bottom-color: var(--link); }
    .nav-count { font-size: 0.8rem; color: var(--muted-ink); margin-left: 0.25rem; }
    .nav-count.has-errors { color: var(--severity-error-ink); font-weight: 700; }
    .search { position: relative; margin-left: auto; }
    .search input { width: 16rem; max-width: 60vw; padding: 0.35rem 0.6rem; border: 1px solid var(--cluster-pen); border-radius: 0.3rem; font: inherit; background: var(--plain-fill); color: var(--ink); }
    .search-panel { position: absolute; right: 0; top: calc(100% + 0.3rem); width: 30rem; max-width: 90vw; max-height: 70vh; overflow: auto; background: var(--plain-fill); border: 1px solid var(--cluster-pen); border-radius: 0.3rem; box-shadow: 0 6px 18px var(--rule); z-index: 20; }
    .search-panel ol { list-style: none; margin: 0; padding: 0.2rem 0; }
    .search-panel li a { display: block; padding: 0.35rem 0.7rem; text-decoration: none; color: var(--ink); }
    .search-panel li a:hover, .search-panel li a:focus { background: var(--header-fill); }
    .search-panel .search-more { padding: 0.35rem 0.7rem; font-size: 0.85rem; border-top: 1px solid var(--rule); }
    .result-kind { display: inline-block; min-width: 7.6rem; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.03em; color: var(--muted-ink); }
    .result-context { display: block; font-size: 0.85rem; color: var(--muted-ink); }

    main { max-width: 96rem; margin: 0 auto; padding: 1.2rem 2rem 3rem; }
    footer { max-width: 96rem; margin: 0 auto; padding: 1rem 2rem 2rem; border-top: 1px solid var(--rule); color: var(--muted-ink); font-size: 0.85rem; }
    footer ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.2rem 1.2rem; padding: 0; margin: 0.4rem 0 0; }
    h1 { font-size: 1.75rem; line-height: 1.2; margin: 0.4rem 0 0.6rem; }
    h2 { font-size: 1.3rem; margin: 2rem 0 0.6rem; padding-bottom: 0.2rem; border-bottom: 1px solid var(--rule); }
    h3 { font-size: 1.08rem; margin: 1.4rem 0 0.5rem; }
    code, pre { font-family: ui-monospace, "SF Mono", Menlo, Consolas, monospace; font-size: 0.88em; }
    .id { font-size: 0.55em; font-weight: 400; color: var(--muted-ink); margin-left: 0.4rem; vertical-align: middle; }
    .breadcrumb { margin: 0; font-size: 0.9rem; color: var(--muted-ink); }
    .lead { font-size: 1.1rem; max-width: 60rem; }
    .prose { max-width: 60rem; }
    .muted { color: var(--faint-ink); }
    .hint { color: var(--muted-ink); font-size: 0.9rem; margin: 0.2rem 0; }
    .problem { color: var(--problem); font-weight: 600; }
    .error-banner { border: 2px solid var(--severity-error-pen); background: var(--severity-error-fill); color: var(--severity-error-ink); padding: 0.7rem 1rem; border-radius: 0.4rem; margin: 1rem 2rem 0; }
    .error-banner a { color: var(--severity-error-ink); font-weight: 700; }

    dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.3rem 1.2rem; margin: 0.8rem 0 1rem; max-width: 60rem; }
    dl.facts dt { font-weight: 600; color: var(--muted-ink); }
    dl.facts dd { margin: 0; }
    ul.inline { list-style: none; display: inline; padding: 0; margin: 0; }
    ul.inline li { display: inline; }
    ul.inline li + li::before { content: " · "; color: var(--muted-ink); }
    ul.plain { margin: 0.2rem 0; padding-left: 1.1rem; }

    .table-scroll { overflow-x: auto; margin: 0.6rem 0 1.6rem; }
    table { border-collapse: collapse; margin: 0.6rem 0 1.6rem; width: 100%; }
    .table-scroll table { margin: 0; }
    caption { text-align: left; color: var(--muted-ink); font-size: 0.9rem; padding-bottom: 0.3rem; }
    th, td { border-bottom: 1px solid var(--rule); padding: 0.35rem 0.6rem; text-align: left; vertical-align: top; }
    thead th { background: var(--header-fill); font-weight: 600; vertical-align: bottom; }
    tbody th { font-weight: 600; }
    th .muted, th code { font-weight: 400; }
    .nowrap { white-space: nowrap; }
    td.number { text-align: right; font-variant-numeric: tabular-nums; }
    tr.group th { background: var(--group-fill); }
    tr:target, li:target, section:target, article:target { outline: 3px solid var(--trend-target); outline-offset: -3px; }

    .badge { display: inline-block; padding: 0.02rem 0.45rem; border-radius: 0.3rem; border: 1px solid var(--cluster-pen); font-size: 0.85em; white-space: nowrap; background: var(--plain-fill); color: var(--ink); }
    .kind-main { background: var(--kind-main-fill); }
    .kind-support { background: var(--kind-support-fill); }
    .kind-management { background: var(--kind-management-fill); }
    .level-inform { background: var(--level-inform-fill); color: var(--level-inform-ink); }
    .level-consult { background: var(--level-consult-fill); color: var(--level-consult-ink); }
    .level-involve { background: var(--level-involve-fill); color: var(--level-involve-ink); }
    .level-collaborate { background: var(--level-collaborate-fill); color: var(--level-collaborate-ink); }
    .level-empower { background: var(--level-empower-fill); color: var(--level-empower-ink); }
    .role-patient { background: var(--role-patient-fill); border-color: var(--role-patient-pen); }
    .role-family { background: var(--role-family-fill); border-color: var(--role-family-pen); }
    .role-patient_partner { background: var(--role-patient_partner-fill); border-color: var(--role-patient_partner-pen); }
    .role-clinician { background: var(--role-clinician-fill); border-color: var(--role-clinician-pen); }
    .role-staff { background: var(--role-staff-fill); border-color: var(--role-staff-pen); }
    .role-facilitator { background: var(--role-facilitator-fill); border-color: var(--role-facilitator-pen); }
    .role-manager { background: var(--role-manager-fill); border-color: var(--role-manager-pen); }
    .role-external { background: var(--role-external-fill); border-color: var(--role-external-pen); }
    .engagement-mark { color: var(--engagement-mark); font-weight: 700; }

    .status { font-weight: 600; white-space: nowrap; padding: 0.05rem 0.45rem; border-radius: 0.3rem; border: 2px solid; }
    .status-met { color: var(--status-met-ink); background: var(--status-met-fill); border-color: var(--status-met-pen); }
    .status-warning { color: var(--status-warning-ink); background: var(--status-warning-fill); border-color: var(--status-warning-pen); }
    .status-missed { color: var(--status-missed-ink); background: var(--status-missed-fill); border-color: var(--status-missed-pen); }
    .status-stale { color: var(--status-stale-ink); background: var(--status-stale-fill); border-color: var(--status-stale-pen); }
    .status-no-data { color: var(--status-no-data-ink); background: var(--status-no-data-fill); border-color: var(--status-no-data-pen); }
    .summary { display: flex; gap: 0.6rem; flex-wrap: wrap; margin: 1rem 0; }
    .period { color: var(--muted-ink); margin-top: 0; }
    svg.trend { display: block; }
    svg.trend .trend-line { fill: none; stroke: var(--trend-line); stroke-width: 1.5; }
    svg.trend .trend-target { stroke: var(--trend-target); stroke-width: 1; stroke-dasharray: 3 2; }
    svg.trend .trend-band { fill: var(--trend-target); fill-opacity: 0.15; }
    svg.trend .trend-empty { stroke: var(--trend-empty); stroke-dasharray: 2 3; }
    svg.trend circle.status-met { fill: var(--status-met-pen); }
    svg.trend circle.status-warning { fill: var(--status-warning-pen); }
    svg.trend circle.status-missed { fill: var(--status-missed-pen); }
    svg.trend circle.status-stale { fill: var(--status-stale-pen); }
    svg.trend circle.status-no-data { fill: var(--status-no-data-pen); }

    figure.map { margin: 0.6rem 0 1.6rem; border: 1px solid var(--rule); padding: 0.5rem; overflow: auto; background: var(--canvas); }
    figure.map svg { display: block; max-width: 100%; height: auto; margin: 0 auto; }
    figure.map.actual-size svg { max-width: none; }
    figure.map figcaption { font-size: 0.85rem; color: var(--muted-ink); margin-bottom: 0.3rem; display: flex; justify-content: space-between; gap: 1rem; align-items: baseline; }
    .map-size { font: inherit; font-size: 0.85rem; padding: 0.15rem 0.6rem; border: 1px solid var(--cluster-pen); border-radius: 0.3rem; background: var(--plain-fill); color: var(--ink); cursor: pointer; }

    .severity { font-weight: 700; text-transform: uppercase; font-size: 0.78rem; letter-spacing: 0.03em; padding: 0.05rem 0.4rem; border-radius: 0.25rem; border: 1px solid; }
    .severity-error { color: var(--severity-error-ink); background: var(--severity-error-fill); border-color: var(--severity-error-pen); }
    .severity-warning { color: var(--severity-warning-ink); background: var(--severity-warning-fill); border-color: var(--severity-warning-pen); }
    .severity-info { color: var(--severity-info-ink); background: var(--severity-info-fill); border-color: var(--severity-info-pen); }
    .diagnostic { border-left: 4px solid var(--rule); padding: 0.2rem 0 0.2rem 0.9rem; margin: 0 0 1.2rem; }
    .diagnostic.error { border-left-color: var(--severity-error-pen); }
    .diagnostic.warning { border-left-color: var(--severity-warning-pen); }
    .diagnostic.info { border-left-color: var(--severity-info-pen); }
    .diagnostic p { margin: 0.2rem 0; }
    pre.diagnostic-text, pre.example { background: var(--header-fill); border: 1px solid var(--rule); padding: 0.6rem 0.8rem; overflow-x: auto; margin: 0.4rem 0; line-height: 1.35; }
    .rule { border-top: 1px solid var(--rule); padding-top: 0.4rem; }
    .rule h3 { margin-top: 0.6rem; }
    details summary { cursor: pointer; color: var(--link); }

    table.matrix { width: auto; }
    table.matrix th, table.matrix td { border: 1px solid var(--rule); padding: 0.25rem 0.4rem; }
    table.matrix thead th { font-size: 0.78rem; min-width: 3.4rem; max-width: 6.5rem; }
    table.matrix tbody th[scope="row"] { min-width: 13rem; font-weight: 400; }
    table.matrix td { text-align: center; vertical-align: middle; font-size: 0.82rem; min-width: 3rem; }
    table.matrix td.level { font-weight: 600; }
    table.processes { table-layout: fixed; }
    table.processes col.col-process { width: 40%; }
    table.processes col.col-kind { width: 10%; }
    table.processes col.col-owner { width: 17%; }
    table.processes col.col-engagement { width: 10%; }
    table.processes col.col-count { width: 8%; }
    table.processes col.col-status { width: 9%; }
    table.role-steps { table-layout: fixed; }
    table.role-steps col.col-step { width: 38%; }
    table.role-steps col.col-kind { width: 8%; }
    table.role-steps col.col-with { width: 30%; }
    table.role-steps col.col-engagement { width: 15%; }
    table.role-steps col.col-duration { width: 9%; }
    .search-page input { width: 28rem; max-width: 90vw; padding: 0.45rem 0.7rem; font: inherit; border: 1px solid var(--cluster-pen); border-radius: 0.3rem; }
    .search-page button { font: inherit; padding: 0.4rem 0.9rem; }
    ol.results li { margin: 0.5rem 0; }
    ol.results a, .search-panel a { text-decoration: none; }
    ol.results a .result-title { text-decoration: underline; }

    @page { size: A4; margin: 14mm 12mm 16mm; }
    @media print {
      html, body { background: var(--canvas); }
      body { font-size: 10pt; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
      .site-header nav, .search, .skip, .map-size, .no-print, footer { display: none !important; }
      .site-header { background: none; padding: 0 0 2mm; border-bottom: 1px solid var(--rule); }
      .error-banner { margin: 2mm 0; }
      main { max-width: none; margin: 0; padding: 0; }
      a { color: inherit; text-decoration: none; }
      h1 { font-size: 16pt; }
      h2 { font-size: 12.5pt; margin-top: 5mm; }
      h1, h2, h3 { break-after: avoid; }
      figure.map { border: none; padding: 0; overflow: visible; break-inside: avoid; }
      figure.map svg, figure.map.actual-size svg { width: 100%; max-width: 100%; height: auto; max-height: 175mm; }
      .table-scroll { overflow: visible; }
      table { font-size: 8.5pt; }
      tr, .diagnostic, dl.facts, svg.trend { break-inside: avoid; }
      .print-process { break-before: page; }
      .print-process:first-of-type { break-before: auto; }
    }

    """
}
