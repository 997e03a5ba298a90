/**
 * The web page's script: sends the form to the API (multipart when a file is
 * chosen, JSON otherwise), counts the seconds in a live region while the
 * alignment runs, then embeds the report and its download links; a refusal's
 * problem document is shown as words. Plain ES2017 with no build step; it runs
 * under a CSP naming its hash, so it is a constant. Everything the API returns
 * goes into the page as text (textContent), never as markup.
 */
export const WEB_SCRIPT = `
(function () {
  'use strict';
  var d = document;
  var form = d.getElementById('align-form');
  var progress = d.getElementById('progress');
  var errorBox = d.getElementById('error');
  var result = d.getElementById('result');
  var buttons = form.querySelectorAll('button');
  var SIDES = ['source', 'target'];
  var FIELDS = ['Title', 'Date', 'Publisher'];

  function field(name) { return form.elements.namedItem(name); }
  // A key typed here goes into a cookie for /api only, SameSite=Strict, so the report frame and download links carry it too.
  function useKey() {
    var key = field('apiKey');
    if (!key) return;
    var secure = location.protocol === 'https:' ? '; Secure' : '';
    d.cookie = 'cc_key=' + encodeURIComponent(key.value.trim()) + '; Path=/api; SameSite=Strict' + secure;
  }
  function text(name) { var el = field(name); return el && el.value.trim() !== '' ? el.value.trim() : undefined; }
  function chosenFile(side) { var el = field(side); return el.files && el.files.length > 0 ? el.files[0] : null; }
  function options() {
    var o = {};
    if (text('segmentation')) o.segmentation = text('segmentation');
    if (field('monotone').checked) o.monotone = true;
    if (text('threshold') !== undefined) o.threshold = Number(text('threshold'));
    return o;
  }
  function documentOf(side) {
    var doc = { text: field(side + 'Text').value };
    FIELDS.forEach(function (k) { var v = text(side + k); if (v !== undefined) doc[k.toLowerCase()] = v; });
    return doc;
  }
  // Uploads need both sides as files, so pasted text beside a chosen file travels as a small text file.
  function request() {
    if (!chosenFile('source') && !chosenFile('target')) {
      return { headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ source: documentOf('source'), target: documentOf('target'), options: options() }) };
    }
    var body = new FormData();
    SIDES.forEach(function (side) {
      var file = chosenFile(side);
      if (file) body.append(side, file, file.name);
      else body.append(side, new Blob([field(side + 'Text').value], { type: 'text/plain' }), side + '.txt');
      FIELDS.forEach(function (k) { var v = text(side + k); if (v !== undefined) body.append(side + k, v); });
    });
    body.append('options', JSON.stringify(options()));
    return { headers: { Accept: 'application/json' }, body: body };
  }

  function element(tag, content, attrs) {
    var el = d.createElement(tag);
    if (content !== undefined) el.textContent = content;
    Object.keys(attrs || {}).forEach(function (k) { el.setAttribute(k, attrs[k]); });
    return el;
  }
  function busy(on) {
    form.setAttribute('aria-busy', on ? 'true' : 'false');
    buttons.forEach(function (b) { b.disabled = on; });
  }
  function showProblem(problem, status) {
    errorBox.replaceChildren();
    errorBox.append(element('h2', (problem && problem.title) || 'The request failed (' + status + ')'));
    if (problem && problem.detail) errorBox.append(element('p', problem.detail));
    if (problem && Array.isArray(problem.issues) && problem.issues.length > 0) {
      var list = element('ul');
      problem.issues.forEach(function (issue) { list.append(element('li', String(issue))); });
      errorBox.append(element('p', 'What to fix:'), list);
    }
    if (problem && problem.requestId) errorBox.append(element('p', 'Request id (quote it when reporting a problem): ' + problem.requestId, { class: 'small' }));
    errorBox.focus();
  }
  function showResult(resource, seconds) {
    var base = '/api/v1/alignments/' + encodeURIComponent(resource.id);
    var t = resource.summary && resource.summary.total;
    progress.textContent = 'Done in ' + seconds + ' s' + (t ? ': ' + t.completed + ' completed, ' + t.carried_forward + ' carried forward, ' + t.dropped + ' dropped, ' + t.new + ' new.' : '.');
    result.replaceChildren();
    var heading = element('h2', 'Report', { id: 'result-h', tabindex: '-1' });
    var links = element('ul', undefined, { class: 'downloads' });
    [['Open the report on its own page', base + '/report.html', false], ['Download PDF', base + '/report.pdf', true], ['Download JSON', base, true], ['Download CSV', base + '/report.csv', true]].forEach(function (l) {
      var a = element('a', l[0], { href: l[1] });
      if (l[2]) a.setAttribute('download', '');
      var li = element('li');
      li.append(a);
      links.append(li);
    });
    var frame = element('iframe', undefined, { src: base + '/report.html', title: 'Continuity report', id: 'report-frame' });
    result.append(heading, links, frame);
    result.hidden = false;
    heading.focus();
    heading.scrollIntoView({ block: 'start' });
  }
  function send(url, init) {
    errorBox.replaceChildren();
    result.hidden = true;
    var started = Date.now();
    var seconds = function () { return Math.round((Date.now() - started) / 1000); };
    progress.textContent = 'Aligning… 0 s';
    var timer = setInterval(function () { progress.textContent = 'Aligning… ' + seconds() + ' s'; }, 1000);
    busy(true);
    fetch(url, Object.assign({ method: 'POST' }, init))
      .then(function (res) {
        var json = /json/.test(res.headers.get('content-type') || '') ? res.json() : Promise.resolve(null);
        return json.then(function (body) {
          if (!res.ok) { progress.textContent = 'The alignment was refused.'; showProblem(body, res.status); }
          else showResult(body, seconds());
        });
      })
      .catch(function (error) {
        progress.textContent = 'The alignment failed.';
        showProblem({ title: 'The service could not be reached', detail: String(error && error.message ? error.message : error) }, 0);
      })
      .finally(function () { clearInterval(timer); busy(false); });
  }

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    useKey();
    send('/api/v1/alignments', request());
  });
  d.getElementById('example').addEventListener('click', function () {
    useKey();
    send('/api/v1/examples/seed-pair/alignments', { headers: { Accept: 'application/json' } });
  });
})();
`.trim();
