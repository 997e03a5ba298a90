// @ts-check
/**
 * The outcome of a comparison as the web page shows it first: which date each document
 * was read as of, and every pledge with its verdict in words, filterable by verdict and
 * topic. Loaded before page.js, whose script shares these top-level functions; all the
 * API's text goes in as text, never as markup.
 */

/** @type {Record<'source' | 'target', string>} */
const SIDE_WORDS = { source: 'earlier', target: 'later' };
/**
 * The verdicts' words, the reports' own (src/report/model/verdicts.ts), which the page hands over
 * in a data attribute: the outcome table and the report below it name each verdict alike.
 * @type {{ status: Record<string, string>, qualifiers: Record<string, string>, notTakenUp: string }}
 */
const VERDICT_WORDS = JSON.parse(document.getElementById('result')?.dataset.verdictWords || '{"status":{},"qualifiers":{},"notTakenUp":""}');

/** As the report words a verdict: "carried forward and widened", "dropped — the later text does not take it up". @param {any} p */
function verdictOf(p) {
  const said = p.qualifiers.map((/** @type {string} */ q) => VERDICT_WORDS.qualifiers[q] || q);
  if (p.status === 'dropped' && !p.qualifiers.includes('negated')) said.push(VERDICT_WORDS.notTakenUp);
  return [VERDICT_WORDS.status[p.status] || p.status, ...said].join(' ');
}

/** @param {string} tag @param {string} [content] @param {Record<string, string>} [attrs] */
function element(tag, content, attrs) {
  const el = document.createElement(tag);
  if (content !== undefined) el.textContent = content;
  for (const [k, v] of Object.entries(attrs || {})) el.setAttribute(k, v);
  return el;
}

/** Which date each document was read as of: the one given, the one read off it, or none. @param {any} resource */
function datesUsed(resource) {
  const p = element('p', undefined, { class: 'small', id: 'dates-used' });
  p.textContent = /** @type {Array<'source' | 'target'>} */ (['source', 'target'])
    .map((side) => {
      const doc = resource[side];
      const which = `The ${SIDE_WORDS[side]} document`;
      if (doc.date) return `${which} is dated ${doc.date}.`;
      if (doc.inferredDate) return `${which} was read as of ${doc.inferredDate.date}, from “${doc.inferredDate.from.text}”.`;
      return `${which} has no date: dates in it without a year were not read.`;
    })
    .join(' ');
  return p;
}

/** The pledges and new pledges as rows, with filters by verdict and topic. @param {any} resource */
function pledgeTable(resource) {
  /** @param {string | null} id */
  const topic = (id) => (id ? resource.topics[id] || id : '—');
  /** @type {Array<{verdict: string, status: string, topic: string, pledge: string, where: string}>} */
  const rows = resource.pledges.map((/** @type {any} */ p) => ({
    verdict: verdictOf(p),
    status: VERDICT_WORDS.status[p.status] || p.status,
    topic: topic(p.topic),
    pledge: resource.source.clauses[p.source].text,
    where: p.evidence.length > 0 ? resource.target.clauses[p.evidence[0].target].text : '—',
  }));
  for (const n of resource.newPledges)
    rows.push({
      verdict: VERDICT_WORDS.status.new || 'new',
      status: VERDICT_WORDS.status.new || 'new',
      topic: topic(n.topic),
      pledge: '—',
      where: resource.target.clauses[n.target].text,
    });
  const table = document.createElement('table');
  table.id = 'outcome-table';
  table.append(element('caption', 'Each pledge of the earlier document, what the later one does with it, and the later document’s new pledges'));
  const head = element('tr');
  const headings = ['Verdict', 'Topic', 'Pledge in the earlier document', 'In the later document'];
  for (const h of headings) head.append(element('th', h, { scope: 'col' }));
  table.createTHead().append(head);
  const body = table.createTBody();
  for (const row of rows) {
    const tr = element('tr', undefined, { 'data-status': row.status, 'data-topic': row.topic });
    // Each cell names its column, so a narrow screen can show a row as a card without the header row;
    // dir=auto lets a cell in Arabic or Hebrew read right to left.
    [row.verdict, row.topic, row.pledge, row.where].forEach((cell, i) => {
      tr.append(element('td', cell, { 'data-label': headings[i] ?? '', dir: 'auto' }));
    });
    body.append(tr);
  }
  const filters = element('div', undefined, { class: 'filters' });
  const status = filterSelect(
    'filter-status',
    'Verdict',
    ['completed', 'carried_forward', 'dropped', 'new'].map((k) => VERDICT_WORDS.status[k] || k),
  );
  const topics = filterSelect('filter-topic', 'Topic', [...new Set(rows.map((r) => r.topic))].sort());
  const shown = element('p', `Showing ${rows.length} of ${rows.length}.`, { class: 'small', id: 'outcome-count', 'aria-live': 'polite' });
  const apply = () => {
    let n = 0;
    for (const tr of body.rows) {
      const hide =
        (status.select.value !== '' && tr.dataset.status !== status.select.value) || (topics.select.value !== '' && tr.dataset.topic !== topics.select.value);
      tr.hidden = hide;
      if (!hide) n += 1;
    }
    shown.textContent = `Showing ${n} of ${rows.length}.`;
  };
  status.select.addEventListener('change', apply);
  topics.select.addEventListener('change', apply);
  filters.append(status.wrap, topics.wrap);
  const scroller = element('div', undefined, { class: 'table-wrap' });
  scroller.append(table);
  return [filters, shown, scroller];
}
/** @param {string} id @param {string} label @param {string[]} choices */
function filterSelect(id, label, choices) {
  const wrap = element('div');
  const select = /** @type {HTMLSelectElement} */ (element('select', undefined, { id }));
  select.append(element('option', 'all', { value: '' }));
  for (const c of choices) select.append(element('option', c, { value: c }));
  wrap.append(element('label', label, { for: id }), select);
  return { wrap, select };
}
