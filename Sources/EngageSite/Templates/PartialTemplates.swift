/// Templates that several pages include with `{{> name}}`: a map, a table of processes, a table
/// of measures, a list of diagnostics, and the body of a process page (also printed on
/// `print.html`). Mustache renders a partial with its own escaping, so each one starts with the
/// `ENGAGEMAP_HTML` pragma. Links arrive complete (`href`), computed for the page they are on.
enum PartialTemplates {
  /// `map`: `{label, caption, svg}`, the SVG already prepared by `InlineMap`.
  static let mapFigure = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    {{#map}}
    <figure class="map" aria-label="{{label}}">
    <figcaption><span>{{caption}}</span> <button type="button" class="map-size" aria-pressed="false" hidden="hidden">Actual size</button></figcaption>
    {{{svg}}}
    </figure>
    {{/map}}
    {{^map}}
    <p class="muted">There is no map to show here.</p>
    {{/map}}

    """

  /// `processRows` and `withData`.
  static let processTable = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    <div class="table-scroll">
    <table class="processes">
    <colgroup><col class="col-process"/><col class="col-kind"/><col class="col-owner"/><col class="col-engagement"/><col class="col-count"/><col class="col-count"/>{{#withData}}<col class="col-status"/>{{/withData}}</colgroup>
    <thead><tr><th scope="col">Process</th><th scope="col">Kind</th><th scope="col">Owner</th><th scope="col">Engagement</th><th scope="col">Steps</th><th scope="col">Measures</th>{{#withData}}<th scope="col">Status</th>{{/withData}}</tr></thead>
    <tbody>
    {{#processRows}}
    <tr><th scope="row"><a href="{{href}}">{{title}}</a> <code class="muted">{{id}}</code>{{#purpose}}<br/><span class="muted">{{.}}</span>{{/purpose}}</th><td>{{#kind}}<span class="badge kind-{{.}}">{{.}}</span>{{/kind}}{{^kind}}—{{/kind}}</td><td>{{#owner}}<a href="{{href}}">{{title}}</a>{{/owner}}{{^owner}}<span class="problem">none</span>{{/owner}}</td><td>{{#engagement}}<span class="badge level-{{.}}">{{.}}</span>{{/engagement}}{{^engagement}}—{{/engagement}}</td><td class="number">{{steps}}</td><td class="number">{{measures}}</td>{{#withData}}<td>{{#status}}<span class="status status-{{statusClass}}">{{label}}</span>{{/status}}{{^status}}<span class="muted">no measures</span>{{/status}}</td>{{/withData}}</tr>
    {{/processRows}}
    </tbody>
    </table>
    </div>

    """

  /// `measureRows`, `withData` and `showPlace`.
  static let measuresTable = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    <div class="table-scroll">
    <table class="measures">
    <thead><tr><th scope="col">Measure</th>{{#showPlace}}<th scope="col">Where</th>{{/showPlace}}<th scope="col">Type</th><th scope="col">Unit</th><th scope="col">Target</th><th scope="col">Warning</th><th scope="col">Frequency</th><th scope="col">Owner</th><th scope="col">Patient-defined</th>{{#withData}}<th scope="col">Status</th><th scope="col">Latest value</th><th scope="col">Trend</th>{{/withData}}</tr></thead>
    <tbody>
    {{#measureRows}}
    <tr id="{{anchor}}"><th scope="row">{{title}} <code class="muted">{{id}}</code>{{#description}}<br/><span class="muted">{{.}}</span>{{/description}}{{#source}}<br/><span class="muted">Source: {{.}}</span>{{/source}}</th>{{#showPlace}}<td>{{#place}}<a href="{{href}}">{{title}}</a> <span class="muted">({{kind}})</span>{{/place}}{{^place}}—{{/place}}</td>{{/showPlace}}<td>{{type}}</td><td>{{unit}}</td><td class="nowrap">{{target}}</td><td class="nowrap">{{warning}}</td><td>{{frequency}}</td><td>{{#owner}}<a href="{{href}}">{{title}}</a>{{/owner}}{{^owner}}—{{/owner}}</td><td>{{patientDefined}}</td>{{#withData}}<td><span class="status status-{{statusClass}}">{{status}}</span></td><td class="number nowrap">{{value}}{{#valuePeriod}}<br/><span class="muted">{{.}}</span>{{/valuePeriod}}</td><td>{{trend}}{{{chart}}}</td>{{/withData}}</tr>
    {{/measureRows}}
    </tbody>
    </table>
    </div>

    """

  /// `diagnosticItems`: `{anchor, severity, location, code, codeHref, message, text, process}`.
  static let diagnosticsList = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    {{#diagnosticItems}}
    <article class="diagnostic {{severity}}" id="{{anchor}}">
    <p><span class="severity severity-{{severity}}">{{severity}}</span> {{#location}}<code>{{.}}</code> {{/location}}{{#codeHref}}<a href="{{.}}">{{code}}</a>{{/codeHref}}{{^codeHref}}<code>{{code}}</code>{{/codeHref}}</p>
    <p><strong>{{{message}}}</strong></p>
    {{#process}}<p class="muted">In the process <a href="{{href}}">{{title}}</a>.</p>{{/process}}
    {{#text}}<pre class="diagnostic-text">{{.}}</pre>{{/text}}
    </article>
    {{/diagnosticItems}}

    """

  /// A process: facts, purpose, map, steps in flow order, decisions, hand-overs, inputs,
  /// outputs, measures, relations and diagnostics. Anchors carry `anchorPrefix` (empty on the
  /// process's own page, `<id>.` on `print.html`).
  static let processBody = """
    {{% CONTENT_TYPE: ENGAGEMAP_HTML}}
    <h1>{{title}} <code class="id">{{id}}</code></h1>
    <dl class="facts">
    <dt>Kind</dt><dd>{{#kind}}<span class="badge kind-{{.}}">{{.}} process</span>{{/kind}}{{^kind}}—{{/kind}}</dd>
    <dt>Mega-process</dt><dd>{{#megaprocess}}<a href="{{href}}">{{title}}</a>{{/megaprocess}}{{^megaprocess}}none: a top-level process{{/megaprocess}}</dd>
    <dt>Owner</dt><dd>{{#owner}}<a href="{{href}}">{{title}}</a>{{/owner}}{{^owner}}<span class="problem">no owner named</span>{{/owner}}</dd>
    <dt>Engagement</dt><dd>{{#engagement}}<span class="badge level-{{.}}">{{.}}</span>{{/engagement}}{{^engagement}}—{{/engagement}}</dd>
    <dt>Tags</dt><dd>{{#hasTags}}<ul class="inline">{{#tags}}<li>#{{.}}</li>{{/tags}}</ul>{{/hasTags}}{{^hasTags}}—{{/hasTags}}</dd>
    {{#status}}<dt>Measure status</dt><dd><span class="status status-{{statusClass}}">{{label}}</span> <span class="muted">for {{period}}</span></dd>{{/status}}
    </dl>
    {{#purpose}}<p class="lead"><strong>Purpose.</strong> {{.}}</p>{{/purpose}}
    {{#description}}<p class="prose">{{.}}</p>{{/description}}
    <section id="{{anchorPrefix}}process-map">
    <h2>Process map</h2>
    {{> mapFigure}}
    </section>
    <section id="{{anchorPrefix}}steps">
    <h2>Steps</h2>
    {{#hasSteps}}
    <div class="table-scroll">
    <table class="steps">
    <caption>In flow order: from the start events along the flows, end events last.</caption>
    <thead><tr><th scope="col">Id</th><th scope="col">Step</th><th scope="col">Kind</th><th scope="col">Performers</th><th scope="col">Engagement</th><th scope="col">Duration</th><th scope="col">Tags</th></tr></thead>
    <tbody>
    {{#steps}}
    <tr id="{{anchor}}"><td><code>{{id}}</code></td><th scope="row">{{title}}{{#description}}<br/><span class="muted">{{.}}</span>{{/description}}</th><td>{{kind}}</td><td>{{#hasPerformers}}<ul class="inline">{{#performers}}<li><a href="{{href}}">{{title}}</a>{{#count}} ×{{.}}{{/count}}{{#patientSide}} <span class="engagement-mark" title="patient, family or partner">◆</span>{{/patientSide}}</li>{{/performers}}</ul>{{/hasPerformers}}{{^hasPerformers}}—{{/hasPerformers}}</td><td class="nowrap">{{#engagement}}<span class="badge level-{{level}}">{{level}}</span>{{#inherited}} <span class="muted" title="the process's level">(process)</span>{{/inherited}}{{/engagement}}{{^engagement}}—{{/engagement}}</td><td class="nowrap">{{#duration}}{{.}}{{/duration}}{{^duration}}—{{/duration}}</td><td>{{#hasTags}}<ul class="inline">{{#tags}}<li>#{{.}}</li>{{/tags}}</ul>{{/hasTags}}{{^hasTags}}—{{/hasTags}}</td></tr>
    {{/steps}}
    </tbody>
    </table>
    </div>
    {{/hasSteps}}
    {{^hasSteps}}
    <p class="muted">The process map has no steps yet.</p>
    {{/hasSteps}}
    {{#hasDecisions}}
    <h3>Decisions</h3>
    <dl class="facts">
    {{#decisions}}
    <dt><a href="{{href}}">{{title}}</a>{{#deciders}}<br/><span class="muted">decided by {{.}}</span>{{/deciders}}</dt>
    <dd>{{#hasExits}}<ul class="plain">{{#exits}}<li>{{#label}}“{{.}}”{{/label}}{{^label}}<span class="problem">no label</span>{{/label}} → <a href="{{href}}">{{title}}</a>{{#handover}} <span class="muted">(hand-over)</span>{{/handover}}</li>{{/exits}}</ul>{{/hasExits}}{{^hasExits}}<span class="problem">no exits</span>{{/hasExits}}</dd>
    {{/decisions}}
    </dl>
    {{/hasDecisions}}
    {{#hasHandovers}}
    <h3>Hand-overs to other processes</h3>
    <ul class="plain">
    {{#handovers}}
    <li>After <a href="{{fromHref}}">{{fromTitle}}</a>{{#label}} (“{{.}}”){{/label}} → <a href="{{href}}">{{title}}</a></li>
    {{/handovers}}
    </ul>
    {{/hasHandovers}}
    </section>
    <section id="{{anchorPrefix}}inputs">
    <h2>Inputs</h2>
    {{#hasInputs}}
    <div class="table-scroll">
    <table>
    <thead><tr><th scope="col">Input</th><th scope="col">Supplier</th><th scope="col">Relation</th></tr></thead>
    <tbody>
    {{#inputs}}
    <tr id="{{anchor}}"><th scope="row">{{title}} <code class="muted">{{id}}</code>{{#description}}<br/><span class="muted">{{.}}</span>{{/description}}</th><td>{{#supplier}}<a href="{{href}}">{{title}}</a>{{#detail}}<br/><span class="muted">{{.}}</span>{{/detail}}{{/supplier}}{{^supplier}}<span class="problem">⚠ no supplier named</span>{{/supplier}}</td><td>{{#relation}}<a href="{{href}}">{{title}}</a>{{/relation}}{{^relation}}—{{/relation}}</td></tr>
    {{/inputs}}
    </tbody>
    </table>
    </div>
    {{/hasInputs}}
    {{^hasInputs}}
    <p class="muted">No inputs declared.</p>
    {{/hasInputs}}
    </section>
    <section id="{{anchorPrefix}}outputs">
    <h2>Outputs</h2>
    {{#hasOutputs}}
    <div class="table-scroll">
    <table>
    <thead><tr><th scope="col">Output</th><th scope="col">Delivered to</th><th scope="col">Consumed by</th></tr></thead>
    <tbody>
    {{#outputs}}
    <tr id="{{anchor}}"><th scope="row">{{title}} <code class="muted">{{id}}</code>{{#description}}<br/><span class="muted">{{.}}</span>{{/description}}</th><td>{{#client}}<a href="{{href}}">{{title}}</a>{{/client}}{{^client}}—{{/client}}</td><td>{{#hasConsumers}}<ul class="plain">{{#consumers}}<li><a href="{{href}}">{{title}}</a> <span class="muted">{{via}}</span></li>{{/consumers}}</ul>{{/hasConsumers}}{{^hasConsumers}}—{{/hasConsumers}}</td></tr>
    {{/outputs}}
    </tbody>
    </table>
    </div>
    {{/hasOutputs}}
    {{^hasOutputs}}
    <p class="muted">No outputs declared.</p>
    {{/hasOutputs}}
    </section>
    <section id="{{anchorPrefix}}measures">
    <h2>Measures</h2>
    {{#hasMeasures}}
    {{> measuresTable}}
    {{/hasMeasures}}
    {{^hasMeasures}}
    <p class="muted">No measures declared in this process.</p>
    {{/hasMeasures}}
    </section>
    <section id="{{anchorPrefix}}relations">
    <h2>Relations</h2>
    {{#hasRelations}}
    <div class="table-scroll">
    <table>
    <thead><tr><th scope="col">Relation</th><th scope="col">This process is</th><th scope="col">Other process</th><th scope="col">Product</th></tr></thead>
    <tbody>
    {{#relations}}
    <tr><th scope="row"><a href="{{href}}">{{title}}</a></th><td>{{part}}</td><td>{{#other}}<a href="{{href}}">{{title}}</a>{{/other}}{{^other}}—{{/other}}</td><td>{{product}}</td></tr>
    {{/relations}}
    </tbody>
    </table>
    </div>
    {{/hasRelations}}
    {{^hasRelations}}
    <p class="muted">This process takes part in no declared relation.</p>
    {{/hasRelations}}
    </section>
    <section id="{{anchorPrefix}}diagnostics">
    <h2>Diagnostics</h2>
    {{#hasDiagnostics}}
    {{> diagnosticsList}}
    {{/hasDiagnostics}}
    {{^hasDiagnostics}}
    <p class="muted">No diagnostics located in this process.</p>
    {{/hasDiagnostics}}
    </section>

    """
}
