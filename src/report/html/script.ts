import { createHash } from 'node:crypto';

/**
 * The report's only script: filters for the pledge table and the link
 * highlighting between the two columns. Plain ES2017, no build step; it runs
 * under a Content-Security-Policy that names its sha256, so it must be a
 * constant: the page keeps all data in attributes, never in the script.
 */
export const REPORT_SCRIPT = `
(function () {
  'use strict';
  var d = document;
  var form = d.getElementById('pledge-filters');
  var rows = Array.prototype.slice.call(d.querySelectorAll('#pledge-table tbody tr'));
  function applyFilters() {
    var wanted = {};
    form.querySelectorAll('input[name=verdict]').forEach(function (c) { wanted[c.value] = c.checked; });
    var topic = form.querySelector('select[name=topic]').value;
    var shown = 0;
    rows.forEach(function (r) {
      var ok = wanted[r.getAttribute('data-status')] && (topic === '' || r.getAttribute('data-topic') === topic);
      r.hidden = !ok;
      if (ok) shown += 1;
    });
    d.getElementById('filter-count').textContent = 'Showing ' + shown + ' of ' + rows.length + ' pledges.';
  }
  if (form) {
    form.hidden = false;
    form.addEventListener('change', applyFilters);
    form.addEventListener('submit', function (e) { e.preventDefault(); });
  }

  var status = d.getElementById('link-status');
  var active = null;
  function itemOf(button) { return button.closest('li'); }
  function counterparts(button) {
    return (button.getAttribute('data-links') || '').split(' ').map(function (id) { return d.getElementById(id); }).filter(Boolean);
  }
  function mark(button, cls, on) { counterparts(button).forEach(function (li) { li.classList.toggle(cls, on); }); }
  function label(li) { return li.getAttribute('data-label'); }
  function select(button) {
    var again = active === button;
    if (active) {
      mark(active, 'is-linked', false);
      itemOf(active).classList.remove('is-active');
      active.setAttribute('aria-pressed', 'false');
      active = null;
    }
    if (again) { status.textContent = 'Selection cleared.'; return; }
    active = button;
    button.setAttribute('aria-pressed', 'true');
    itemOf(button).classList.add('is-active');
    mark(button, 'is-linked', true);
    var others = counterparts(button);
    if (others.length > 0) others[0].scrollIntoView({ block: 'nearest' });
    status.textContent = label(itemOf(button)) + ' is linked to ' + others.map(label).join(', ') + '.';
  }
  function linkButton(event) { var t = event.target; return t && t.closest ? t.closest('button[data-links]') : null; }
  d.addEventListener('click', function (e) { var b = linkButton(e); if (b) select(b); });
  ['mouseover', 'focusin'].forEach(function (type) {
    d.addEventListener(type, function (e) { var b = linkButton(e); if (b) mark(b, 'is-hover', true); });
  });
  ['mouseout', 'focusout'].forEach(function (type) {
    d.addEventListener(type, function (e) { var b = linkButton(e); if (b) mark(b, 'is-hover', false); });
  });
})();
`.trim();

/**
 * The Content-Security-Policy to send with a report page: nothing from
 * anywhere, the one script by its hash, the inline stylesheet (bar widths are
 * style attributes, so `style-src` cannot be a hash), framing by our own pages
 * only (the web page embeds the report).
 */
export const REPORT_CSP = [
  "default-src 'none'",
  `script-src 'sha256-${createHash('sha256').update(REPORT_SCRIPT).digest('base64')}'`,
  "style-src 'unsafe-inline'",
  'img-src data:',
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');
