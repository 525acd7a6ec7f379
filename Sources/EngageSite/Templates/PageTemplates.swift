/// The content of each kind of page, placed in `LayoutTemplate`'s `<main>`. Every `{{value}}`
/// is escaped by `MarkupEscaping`; `{{{...}}}` only inserts markup the site generated itself
/// (prepared maps, trend charts, the measures report, prose escaped by `ProseMarkup`).
enum PageTemplates {
  static let home = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    <h1>{{title}}</h1>
    {{#purpose}}<p class="lead"><strong>Purpose.</strong> {{.}}</p>{{/purpose}}
    {{#description}}<p class="prose">{{.}}</p>{{/description}}
    {{#overall}}<p>Measure status for {{period}}: <span class="status status-{{statusClass}}">{{label}}</span> — see <a href="measures.html">Measures</a> for every value and trend.</p>{{/overall}}
    <section id="landscape">
    <h2>Process landscape</h2>
    <p class="hint">{{landscapeHint}}</p>
    {{> mapFigure}}
    </section>
    {{#hasGoals}}
    <section id="goals">
    <h2>Goals</h2>
    <ul class="plain">
    {{#goals}}
    <li id="{{anchor}}"><strong>{{title}}</strong>{{#status}} <span class="status status-{{statusClass}}">{{label}}</span>{{/status}}{{#description}} — {{.}}{{/description}}{{#hasServers}}<br/><span class="muted">Served by</span> <ul class="inline">{{#servers}}<li><a href="{{href}}">{{title}}</a></li>{{/servers}}</ul>{{/hasServers}}</li>
    {{/goals}}
    </ul>
    </section>
    {{/hasGoals}}
    <section id="megaprocesses">
    <h2>Mega-processes</h2>
    {{#hasMegaprocesses}}
    <div class="table-scroll">
    <table>
    <thead><tr><th scope="col">Mega-process</th><th scope="col">Client</th><th scope="col">Level</th><th scope="col">Goals</th><th scope="col">Processes</th>{{#withData}}<th scope="col">Status</th>{{/withData}}</tr></thead>
    <tbody>
    {{#megaprocesses}}
    <tr><th scope="row"><a href="{{href}}">{{title}}</a>{{#description}}<br/><span class="muted">{{.}}</span>{{/description}}</th><td>{{#client}}<a href="{{href}}">{{title}}</a>{{/client}}{{^client}}—{{/client}}</td><td>{{level}}</td><td>{{#hasGoals}}<ul class="inline">{{#goals}}<li><a href="{{href}}">{{title}}</a></li>{{/goals}}</ul>{{/hasGoals}}{{^hasGoals}}—{{/hasGoals}}</td><td class="number">{{processCount}}</td>{{#withData}}<td>{{#status}}<span class="status status-{{statusClass}}">{{label}}</span>{{/status}}{{^status}}<span class="muted">no measures</span>{{/status}}</td>{{/withData}}</tr>
    {{/megaprocesses}}
    </tbody>
    </table>
    </div>
    {{/hasMegaprocesses}}
    {{^hasMegaprocesses}}
    <p class="muted">The model declares no mega-process.</p>
    {{/hasMegaprocesses}}
    </section>
    {{#hasTopLevel}}
    <section id="top-level-processes">
    <h2>Processes outside any mega-process</h2>
    {{#topLevel}}
    {{> processTable}}
    {{/topLevel}}
    </section>
    {{/hasTopLevel}}

    """

  static let processes = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    <h1>Processes</h1>
    <p class="lead">{{summary}}</p>
    {{#groups}}
    <section id="{{anchor}}">
    <h2>{{#href}}<a href="{{.}}">{{title}}</a>{{/href}}{{^href}}{{title}}{{/href}}</h2>
    {{> processTable}}
    </section>
    {{/groups}}

    """

  static let megaprocess = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    <p class="breadcrumb"><a href="../index.html">Home</a> › mega-process</p>
    <h1>{{title}} <code class="id">{{id}}</code></h1>
    {{#description}}<p class="lead">{{.}}</p>{{/description}}
    <dl class="facts">
    <dt>Client</dt><dd>{{#client}}<a href="{{href}}">{{title}}</a>{{/client}}{{^client}}<span class="problem">no client named</span>{{/client}}</dd>
    <dt>Goals</dt><dd>{{#hasGoals}}<ul class="inline">{{#goals}}<li><a href="{{href}}">{{title}}</a></li>{{/goals}}</ul>{{/hasGoals}}{{^hasGoals}}—{{/hasGoals}}</dd>
    <dt>Level</dt><dd>{{level}}</dd>
    <dt>Processes</dt><dd>{{processCount}}</dd>
    {{#status}}<dt>Measure status</dt><dd><span class="status status-{{statusClass}}">{{label}}</span> <span class="muted">for {{period}}</span></dd>{{/status}}
    </dl>
    <section id="map">
    <h2>Map</h2>
    {{> mapFigure}}
    </section>
    <section id="processes">
    <h2>Processes</h2>
    {{#hasProcesses}}
    {{> processTable}}
    {{/hasProcesses}}
    {{^hasProcesses}}
    <p class="muted">No processes yet.</p>
    {{/hasProcesses}}
    </section>
    <section id="measures">
    <h2>Outcome measures</h2>
    {{#hasMeasures}}
    {{> measuresTable}}
    {{/hasMeasures}}
    {{^hasMeasures}}
    <p class="muted">No outcome measure is declared in this mega-process.</p>
    {{/hasMeasures}}
    </section>
    <section id="diagnostics">
    <h2>Diagnostics</h2>
    {{#hasDiagnostics}}
    {{> diagnosticsList}}
    {{/hasDiagnostics}}
    {{^hasDiagnostics}}
    <p class="muted">No diagnostics located in this mega-process.</p>
    {{/hasDiagnostics}}
    </section>

    """

  /// The processes of one band outside any mega-process, when the landscape is collapsed.
  static let band = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    <p class="breadcrumb"><a href="../index.html">Home</a> › processes outside any mega-process</p>
    <h1>{{title}}</h1>
    <section id="map">
    <h2>Map</h2>
    {{> mapFigure}}
    </section>
    <section id="processes">
    <h2>Processes</h2>
    {{> processTable}}
    </section>

    """

  static let process = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    <p class="breadcrumb"><a href="../index.html">Home</a>{{#megaprocess}} › <a href="{{href}}">{{title}}</a>{{/megaprocess}} › process</p>
    {{> processBody}}

    """

  static let print = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    <div class="no-print">
    <h1>Every process, for printing</h1>
    <p class="lead">Print this page to get every process of {{title}} on A4 paper, each process starting on a new page with its map scaled to the page width. Each process's own page prints the same way on its own.</p>
    </div>
    {{#processes}}
    <article class="print-process" id="{{printAnchor}}">
    {{> processBody}}
    </article>
    {{/processes}}
    {{^processes}}
    <p class="muted">The model has no processes.</p>
    {{/processes}}

    """

  static let relations = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    <h1>Relations</h1>
    <p class="lead">The internal market: a supplier process's output that a client process consumes, with the product, the client's requirements and the measures that check them. {{summary}}</p>
    <section id="relations-map">
    <h2>Relations map</h2>
    {{> mapFigure}}
    </section>
    <section id="declared">
    <h2>Declared relations</h2>
    {{#hasRelations}}
    <div class="table-scroll">
    <table>
    <thead><tr><th scope="col">Relation</th><th scope="col">Supplier → client</th><th scope="col">Product</th><th scope="col">Requirements</th><th scope="col">Measures</th></tr></thead>
    <tbody>
    {{#relations}}
    <tr id="{{anchor}}"><th scope="row">{{title}} <code class="muted">{{id}}</code>{{#description}}<br/><span class="muted">{{.}}</span>{{/description}}</th><td>{{#supplier}}<a href="{{href}}">{{title}}</a>{{/supplier}}{{^supplier}}—{{/supplier}}{{#output}}<br/><span class="muted">output: {{.}}</span>{{/output}}<br/>→ {{#client}}<a href="{{href}}">{{title}}</a>{{/client}}{{^client}}—{{/client}}</td><td>{{#product}}{{.}}{{/product}}{{^product}}—{{/product}}</td><td>{{#hasRequirements}}<ul class="plain">{{#requirements}}<li>{{.}}</li>{{/requirements}}</ul>{{/hasRequirements}}{{^hasRequirements}}—{{/hasRequirements}}</td><td>{{#hasMeasures}}<ul class="plain">{{#measures}}<li><a href="{{href}}">{{title}}</a>{{#status}} <span class="status status-{{statusClass}}">{{label}}</span>{{/status}}</li>{{/measures}}</ul>{{/hasMeasures}}{{^hasMeasures}}—{{/hasMeasures}}</td></tr>
    {{/relations}}
    </tbody>
    </table>
    </div>
    {{/hasRelations}}
    {{^hasRelations}}
    <p class="muted">The model declares no relation.</p>
    {{/hasRelations}}
    </section>
    {{#hasUndeclared}}
    <section id="undeclared">
    <h2>Inputs taken from another process without a relation</h2>
    <div class="table-scroll">
    <table>
    <thead><tr><th scope="col">Supplier</th><th scope="col">Output</th><th scope="col">Client</th><th scope="col">Input</th></tr></thead>
    <tbody>
    {{#undeclared}}
    <tr><td><a href="{{supplierHref}}">{{supplierTitle}}</a></td><td>{{output}}</td><td><a href="{{clientHref}}">{{clientTitle}}</a></td><td>{{input}}</td></tr>
    {{/undeclared}}
    </tbody>
    </table>
    </div>
    </section>
    {{/hasUndeclared}}
    {{#hasUnmet}}
    <section id="unmet">
    <h2>Inputs without a supplier</h2>
    <ul class="plain">
    {{#unmet}}
    <li><span class="problem">⚠</span> <a href="{{href}}">{{input}}</a> of <a href="{{processHref}}">{{process}}</a></li>
    {{/unmet}}
    </ul>
    </section>
    {{/hasUnmet}}

    """

  static let engagement = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    <h1>Engagement</h1>
    <p class="lead">Who takes part in each process, and at which level of the IAP2 spectrum (inform, consult, involve, collaborate, empower): a cell shows the highest level of the steps a role takes part in (the step's level, else the process's); • means it takes part without a level.</p>
    <section id="matrix-map">
    <h2>Engagement matrix</h2>
    {{> mapFigure}}
    </section>
    <section id="matrix-table">
    <h2>The matrix as a table</h2>
    <div class="table-scroll">
    <table class="matrix">
    <caption>Engagement level by process (rows) and role (columns)</caption>
    <thead><tr><th scope="col">Process</th><th scope="col">Process level</th>{{#roles}}<th scope="col"><a href="{{href}}">{{title}}</a></th>{{/roles}}</tr></thead>
    {{#groups}}
    <tbody>
    <tr class="group"><th scope="rowgroup" colspan="{{columns}}">{{#href}}<a href="{{.}}">{{title}}</a>{{/href}}{{^href}}{{title}}{{/href}}{{#level}} <span class="muted">— level: {{.}}</span>{{/level}}</th></tr>
    {{#rows}}
    <tr><th scope="row"><a href="{{href}}">{{title}}</a></th>{{#cells}}{{#level}}<td class="level level-{{.}}" title="{{.}}"><span aria-hidden="true">{{abbreviation}}</span><span class="visually-hidden">{{.}}</span></td>{{/level}}{{^level}}{{#takesPart}}<td title="takes part; no level declared"><span aria-hidden="true">•</span><span class="visually-hidden">takes part, no level</span></td>{{/takesPart}}{{^takesPart}}<td></td>{{/takesPart}}{{/level}}{{/cells}}</tr>
    {{/rows}}
    </tbody>
    {{/groups}}
    </table>
    </div>
    </section>

    """

  static let roles = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    <h1>Roles</h1>
    <p class="lead">Who performs the steps of the process maps. Each role's page says what it does here: every step, by process, with the engagement level and the duration.</p>
    {{#hasRoles}}
    <div class="table-scroll">
    <table>
    <thead><tr><th scope="col">Role</th><th scope="col">Kind</th><th scope="col">Steps</th><th scope="col">Processes it takes part in</th><th scope="col">Processes it owns</th><th scope="col">Measures it owns</th></tr></thead>
    <tbody>
    {{#roles}}
    <tr><th scope="row"><a href="{{href}}">{{title}}</a> <code class="muted">{{id}}</code>{{#description}}<br/><span class="muted">{{.}}</span>{{/description}}</th><td>{{#kind}}<span class="badge role-{{name}}">{{label}}</span>{{/kind}}{{^kind}}—{{/kind}}</td><td class="number">{{steps}}</td><td class="number">{{processes}}</td><td class="number">{{owns}}</td><td class="number">{{measures}}</td></tr>
    {{/roles}}
    </tbody>
    </table>
    </div>
    {{/hasRoles}}
    {{^hasRoles}}
    <p class="muted">The model declares no role.</p>
    {{/hasRoles}}

    """

  static let role = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    <p class="breadcrumb"><a href="../roles.html">Roles</a> › role</p>
    <h1>{{title}} <code class="id">{{id}}</code></h1>
    {{#description}}<p class="lead">{{.}}</p>{{/description}}
    <dl class="facts">
    <dt>Kind</dt><dd>{{#kind}}<span class="badge role-{{name}}">{{label}}</span>{{#patientSide}} <span class="muted">(the patient side, whose engagement the model is about)</span>{{/patientSide}}{{/kind}}{{^kind}}—{{/kind}}</dd>
    <dt>Takes part in</dt><dd>{{summary}}</dd>
    </dl>
    <section id="steps">
    <h2>What the {{title}} does here</h2>
    {{#hasGroups}}
    {{#groups}}
    <h3><a href="{{href}}">{{title}}</a>{{#megaprocess}} <span class="muted">in {{.}}</span>{{/megaprocess}}</h3>
    <div class="table-scroll">
    <table class="role-steps">
    <colgroup><col class="col-step"/><col class="col-kind"/><col class="col-with"/><col class="col-engagement"/><col class="col-duration"/></colgroup>
    <thead><tr><th scope="col">Step</th><th scope="col">Kind</th><th scope="col">With</th><th scope="col">Engagement</th><th scope="col">Duration</th></tr></thead>
    <tbody>
    {{#steps}}
    <tr><th scope="row"><a href="{{href}}">{{title}}</a>{{#count}} <span class="muted">(×{{.}})</span>{{/count}}</th><td>{{kind}}</td><td>{{#hasOthers}}<ul class="inline">{{#others}}<li><a href="{{href}}">{{title}}</a>{{#count}} ×{{.}}{{/count}}</li>{{/others}}</ul>{{/hasOthers}}{{^hasOthers}}<span class="muted">alone</span>{{/hasOthers}}</td><td class="nowrap">{{#engagement}}<span class="badge level-{{level}}">{{level}}</span>{{#inherited}} <span class="muted" title="the process's level">(process)</span>{{/inherited}}{{/engagement}}{{^engagement}}—{{/engagement}}</td><td class="nowrap">{{#duration}}{{.}}{{/duration}}{{^duration}}—{{/duration}}</td></tr>
    {{/steps}}
    </tbody>
    </table>
    </div>
    {{/groups}}
    {{/hasGroups}}
    {{^hasGroups}}
    <p class="muted">This role performs no step of any process map.</p>
    {{/hasGroups}}
    </section>
    <section id="owns">
    <h2>Processes it owns</h2>
    {{#hasOwned}}
    {{> processTable}}
    {{/hasOwned}}
    {{^hasOwned}}
    <p class="muted">None.</p>
    {{/hasOwned}}
    </section>
    <section id="measures">
    <h2>Measures it owns</h2>
    {{#hasMeasures}}
    {{> measuresTable}}
    {{/hasMeasures}}
    {{^hasMeasures}}
    <p class="muted">None.</p>
    {{/hasMeasures}}
    </section>

    """

  /// Without measure data: the measures declared, with the uncoloured measures map.
  static let declaredMeasures = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    <h1>Measures</h1>
    <p class="lead">{{summary}} No measure data was given, so no status is shown: <code>engagemap site MODEL --data measures.csv</code> adds each measure's status, latest value and trend.</p>
    <section id="measures-map">
    <h2>Measures map</h2>
    {{> mapFigure}}
    </section>
    <section id="declared">
    <h2>Declared measures</h2>
    {{#hasMeasures}}
    {{> measuresTable}}
    {{/hasMeasures}}
    {{^hasMeasures}}
    <p class="muted">The model declares no measure.</p>
    {{/hasMeasures}}
    </section>

    """

  /// With measure data: the HTML measures report (`MeasureReportTemplate.body`), then the
  /// data file's problems.
  static let reportMeasures = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    {{{report}}}
    {{#hasDataDiagnostics}}
    <p class="hint">{{dataDiagnosticsLine}} <a href="diagnostics.html#data">Diagnostics</a> lists them.</p>
    {{/hasDataDiagnostics}}

    """

  static let diagnostics = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    <h1>Diagnostics</h1>
    <p class="lead">What <code>engagemap check</code> reports on the model: {{summary}}. Each code links to its explanation on the <a href="rules.html">rules page</a>.</p>
    <section id="model">
    <h2>The model</h2>
    {{#hasDiagnostics}}
    {{> diagnosticsList}}
    {{/hasDiagnostics}}
    {{^hasDiagnostics}}
    <p>No diagnostics: the model checks clean.</p>
    {{/hasDiagnostics}}
    </section>
    {{#dataSection}}
    <section id="data">
    <h2>The measure data</h2>
    <p>{{summary}}</p>
    {{> diagnosticsList}}
    </section>
    {{/dataSection}}

    """

  /// The home page of a model with errors: what is wrong, and nothing else.
  static let errorHome = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    <h1>{{title}}</h1>
    <p class="lead">A model with errors has no maps, processes, roles or measures to show: fix what is listed below ({{summary}}), and they come back.</p>
    {{> diagnosticsList}}

    """

  static let rules = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    <h1>Rules</h1>
    <p class="lead">Every code <code>engagemap check</code> and the measure-data reader report, with why it matters. A model changes a rule's severity in its <code>settings</code> block{{#hasSettings}}; this model does so for {{settingCount}}{{/hasSettings}}.</p>
    {{#groups}}
    <section id="{{anchor}}">
    <h2>{{prefix}}xx — {{title}}</h2>
    {{#explanation}}<p class="prose">{{{.}}}</p>{{/explanation}}
    {{#hasEntries}}
    <div class="table-scroll">
    <table>
    <thead><tr><th scope="col">Code</th><th scope="col">Name</th><th scope="col">Severity</th><th scope="col">Meaning</th></tr></thead>
    <tbody>
    {{#entries}}
    <tr id="{{code}}"><th scope="row"><code>{{code}}</code></th><td><code>{{name}}</code></td><td>{{severity}}</td><td>{{{title}}}{{#detail}}<br/><span class="muted">{{{.}}}</span>{{/detail}}</td></tr>
    {{/entries}}
    </tbody>
    </table>
    </div>
    {{/hasEntries}}
    {{#rules}}
    <section class="rule" id="{{code}}">
    <h3><code>{{code}}</code> {{{title}}}</h3>
    <p><code>{{name}}</code> · default severity <strong>{{severity}}</strong>{{#setting}} · <strong>{{.}}</strong> in this model{{/setting}}</p>
    <p class="prose">{{{explanation}}}</p>
    <p class="prose"><em>Source:</em> {{{source}}}</p>
    <details><summary>A model that violates it</summary><pre class="example">{{violating}}</pre></details>
    <details><summary>The same model, fixed</summary><pre class="example">{{fixed}}</pre></details>
    </section>
    {{/rules}}
    </section>
    {{/groups}}

    """

  static let clients = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    <h1>Clients</h1>
    <p class="lead">Who receives value: external clients from outside the organisation, internal clients inside it.</p>
    {{#hasClients}}
    <div class="table-scroll">
    <table>
    <thead><tr><th scope="col">Client</th><th scope="col">Kind</th><th scope="col">Served by</th><th scope="col">Supplies inputs to</th><th scope="col">Receives outputs of</th></tr></thead>
    <tbody>
    {{#clients}}
    <tr id="{{anchor}}"><th scope="row">{{title}} <code class="muted">{{id}}</code>{{#description}}<br/><span class="muted">{{.}}</span>{{/description}}</th><td>{{kind}}</td><td>{{#hasServers}}<ul class="plain">{{#servers}}<li><a href="{{href}}">{{title}}</a></li>{{/servers}}</ul>{{/hasServers}}{{^hasServers}}—{{/hasServers}}</td><td>{{#hasSupplied}}<ul class="plain">{{#supplied}}<li><a href="{{href}}">{{title}}</a></li>{{/supplied}}</ul>{{/hasSupplied}}{{^hasSupplied}}—{{/hasSupplied}}</td><td>{{#hasReceived}}<ul class="plain">{{#received}}<li><a href="{{href}}">{{title}}</a></li>{{/received}}</ul>{{/hasReceived}}{{^hasReceived}}—{{/hasReceived}}</td></tr>
    {{/clients}}
    </tbody>
    </table>
    </div>
    {{/hasClients}}
    {{^hasClients}}
    <p class="muted">The model declares no client.</p>
    {{/hasClients}}

    """

  static let search = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    <h1>Search</h1>
    <form class="search-page" action="search.html" method="get" role="search">
    <label for="search-page-input">Search processes, steps, roles, measures, clients and goals</label><br/>
    <input id="search-page-input" type="search" name="q" autocomplete="off"/>
    <button type="submit">Search</button>
    </form>
    <p id="search-page-status" role="status" aria-live="polite"></p>
    <ol id="search-page-results" class="results"></ol>
    <noscript><p>Search runs in the browser and needs JavaScript. Without it, the <a href="processes.html">processes</a>, <a href="roles.html">roles</a> and <a href="measures.html">measures</a> pages list everything.</p></noscript>

    """
}
