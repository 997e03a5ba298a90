// @ts-check
/**
 * The web page's script, type-checked as it is served (tsconfig.web.json: checkJs with
 * the DOM's types) and sent unchanged under a CSP naming its hash. It sends the form to
 * the API (multipart when a file is chosen, JSON otherwise), shows the outcome first —
 * counts and the pledge table — then the full report in a frame as tall as the report,
 * and puts each problem beside the field it concerns. Everything the API returns goes
 * into the page as text, never as markup. outcome.js, loaded first, draws the outcome.
 */
(() => {
  const d = document;
  const form = /** @type {HTMLFormElement} */ (d.getElementById('align-form'));
  const progress = /** @type {HTMLElement} */ (d.getElementById('progress'));
  const elapsed = /** @type {HTMLElement} */ (d.getElementById('elapsed'));
  const errorBox = /** @type {HTMLElement} */ (d.getElementById('error'));
  const result = /** @type {HTMLElement} */ (d.getElementById('result'));
  const maxBytes = Number(form.dataset.maxBytes);
  /** @type {Array<'source' | 'target'>} */
  const SIDES = ['source', 'target'];
  const FIELDS = ['Title', 'Date', 'Publisher'];
  /** While an alignment is on its way: the buttons are aria-disabled, not disabled, so a press must be ignored here. */
  let busy = false;

  /** @param {string} id */
  const input = (id) => /** @type {HTMLInputElement} */ (d.getElementById(id));
  /** @param {string} id */
  const value = (id) => (input(id) ? input(id).value.trim() : '');
  /** @param {'source' | 'target'} side */
  const chosenFile = (side) => {
    const files = input(`${side}-file`).files;
    return files && files.length > 0 ? files[0] : null;
  };
  /** Sizes as the server words them: decimal megabytes with one decimal. @param {number} bytes */
  const size = (bytes) =>
    bytes >= 1e6 ? `${Number((bytes / 1e6).toFixed(1))} MB` : bytes >= 1e3 ? `${Number((bytes / 1e3).toFixed(1))} kB` : `${bytes} bytes`;

  // A key typed here goes into a cookie for /api only, SameSite=Strict, so the report frame and download links carry it too.
  function useKey() {
    const key = /** @type {HTMLInputElement | null} */ (form.elements.namedItem('apiKey'));
    if (!key) return;
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    d.cookie = `cc_key=${encodeURIComponent(key.value.trim())}; Path=/api; SameSite=Strict${secure}`;
  }

  /**
   * Where a problem about `field` (the API's path: source.date, target.file, options.threshold, …) is
   * shown, and which control it marks. A document's problem goes under the control that holds it: the
   * file field when a file is chosen (it is what was sent), else the paste box.
   * @param {string} field
   */
  function slotOf(field) {
    const [head, part] = field.split('.');
    if (head === 'options') {
      const own = part ? d.getElementById(`${part}-error`) : null;
      return { slot: own || /** @type {HTMLElement} */ (d.getElementById('options-error')), control: own && part ? input(part) : null };
    }
    if (head !== 'source' && head !== 'target') return null;
    const side = head;
    const group = part === 'text' || part === 'file' || part === undefined ? (chosenFile(side) ? 'file' : 'document') : part;
    const slot = d.getElementById(`${side}-${group}-error`);
    if (!slot) return null;
    return { slot, control: input(group === 'document' ? `${side}-text` : `${side}-${group}`) };
  }
  /** @param {string} field @param {string} message */
  function showFieldError(field, message) {
    const place = slotOf(field);
    if (!place) return false;
    place.slot.textContent = message.charAt(0).toUpperCase() + message.slice(1);
    if (place.control) place.control.setAttribute('aria-invalid', 'true');
    return true;
  }
  function clearErrors() {
    errorBox.replaceChildren();
    for (const slot of form.querySelectorAll('.field-error')) slot.textContent = '';
    for (const control of form.querySelectorAll('[aria-invalid]')) control.removeAttribute('aria-invalid');
  }
  /** The first marked control; a problem with no control of its own (an option other than the threshold) leaves the box under the form to focus. */
  function focusFirstError() {
    const invalid = /** @type {HTMLElement | null} */ (form.querySelector('[aria-invalid="true"]'));
    if (invalid) invalid.focus();
    else errorBox.focus();
  }

  /** The problems the page can see before sending: a side with nothing in it, a file or text over the limit. */
  function checkBeforeSending() {
    let ok = true;
    for (const side of SIDES) {
      const file = chosenFile(side);
      const text = input(`${side}-text`).value;
      const bytes = file ? file.size : new Blob([text]).size;
      let problem = '';
      if (bytes > maxBytes) problem = `This ${file ? 'file' : 'text'} is ${size(bytes)}; the limit is ${size(maxBytes)}.`;
      else if (!file && text.trim() === '') problem = `Paste or upload the ${SIDE_WORDS[side]} document.`;
      if (problem) {
        showFieldError(side + (file ? '.file' : '.text'), problem);
        ok = false;
      }
    }
    // The form is novalidate (its messages are the page's own), so the threshold's range is checked here:
    // Chromium reads "1,5" as 15, and the API's "Too big: expected number to be <=1" would not say which field.
    const threshold = input('threshold');
    const t = Number(threshold.value);
    if (threshold.validity.badInput || (threshold.value !== '' && !(t >= 0 && t <= 1))) {
      showFieldError('options.threshold', 'The link threshold is a number from 0 to 1, with a point for decimals: 0.3, for instance.');
      ok = false;
    }
    return ok;
  }

  function options() {
    /** @type {Record<string, unknown>} */
    const o = {};
    if (value('segmentation')) o.segmentation = value('segmentation');
    if (input('monotone').checked) o.monotone = true;
    if (value('threshold') !== '') o.threshold = Number(value('threshold'));
    return o;
  }
  /** @param {'source' | 'target'} side */
  function documentOf(side) {
    /** @type {Record<string, string>} */
    const doc = { text: input(`${side}-text`).value };
    for (const k of FIELDS) if (value(`${side}-${k.toLowerCase()}`)) doc[k.toLowerCase()] = value(`${side}-${k.toLowerCase()}`);
    return doc;
  }
  /**
   * Uploads need both sides as files, so pasted text beside a chosen file travels as a small text file.
   * @returns {RequestInit}
   */
  function request() {
    if (!chosenFile('source') && !chosenFile('target')) {
      return {
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ source: documentOf('source'), target: documentOf('target'), options: options() }),
      };
    }
    const body = new FormData();
    for (const side of SIDES) {
      const file = chosenFile(side);
      if (file) body.append(side, file, file.name);
      else body.append(side, new Blob([input(`${side}-text`).value], { type: 'text/plain' }), `${side}.txt`);
      for (const k of FIELDS) if (value(`${side}-${k.toLowerCase()}`)) body.append(side + k, value(`${side}-${k.toLowerCase()}`));
    }
    body.append('options', JSON.stringify(options()));
    return { headers: { Accept: 'application/json' }, body };
  }

  /**
   * A refusal: each problem the API ties to a field goes beside it; the rest, with the
   * request id to quote, goes in the box under the form. With `inBoxOnly` (the example pair,
   * which is not what the fields hold) nothing is pinned to the user's fields.
   * @param {any} problem @param {number} status @param {boolean} [inBoxOnly]
   */
  function showProblem(problem, status, inBoxOnly) {
    const fields = !inBoxOnly && problem && Array.isArray(problem.fields) ? problem.fields : [];
    const placed = fields.filter((/** @type {{field: string, detail: string}} */ f) => showFieldError(f.field, f.detail));
    errorBox.append(
      element('h2', placed.length > 0 ? `Please fix the marked field${placed.length > 1 ? 's' : ''}` : problem?.title || `The request failed (${status})`),
    );
    if (problem?.detail && placed.length === 0) errorBox.append(element('p', problem.detail));
    if (inBoxOnly && problem && Array.isArray(problem.fields))
      for (const f of problem.fields) if (f.detail && f.detail !== problem.detail) errorBox.append(element('p', `${f.field}: ${f.detail}`));
    if (problem?.requestId) errorBox.append(element('p', `Request id, to quote when reporting a problem: ${problem.requestId}`, { class: 'small' }));
    if (placed.length > 0) focusFirstError();
    else errorBox.focus();
  }

  /** @param {any} resource @param {number} seconds */
  function showResult(resource, seconds) {
    const base = `/api/v1/alignments/${encodeURIComponent(resource.id)}`;
    const t = resource.summary.total;
    progress.textContent = `Done in ${seconds} s: ${t.completed} completed, ${t.carried_forward} carried forward, ${t.dropped} dropped, ${t.new} new.`;
    const heading = element('h2', 'Outcome', { id: 'result-h', tabindex: '-1' });
    const counts = element('ul', undefined, { class: 'counts', id: 'counts' });
    for (const [key, words] of [
      ['completed', 'completed'],
      ['carried_forward', 'carried forward'],
      ['dropped', 'dropped'],
      ['new', 'new pledges'],
    ]) {
      counts.appendChild(element('li')).append(element('strong', String(t[key])), element('span', ` ${words}`));
    }
    const links = element('ul', undefined, { class: 'downloads' });
    for (const [label, href, download] of [
      ['Open the report on its own page', `${base}/report.html`, ''],
      ['Download PDF', `${base}/report.pdf`, 'y'],
      ['Download JSON', base, 'y'],
      ['Download CSV', `${base}/report.csv`, 'y'],
    ]) {
      links.appendChild(element('li')).append(element('a', label, download ? { href, download: download === 'y' ? '' : download } : { href }));
    }
    const frame = /** @type {HTMLIFrameElement} */ (
      element('iframe', undefined, { src: `${base}/report.html`, title: 'Continuity report', id: 'report-frame', scrolling: 'no' })
    );
    frame.addEventListener('load', () => fitFrame(frame));
    result.replaceChildren(heading, counts, datesUsed(resource), links, ...pledgeTable(resource), element('h2', 'Full report', { id: 'report-h' }), frame);
    result.hidden = false;
    heading.focus();
    heading.scrollIntoView({ block: 'start' });
  }

  /** The report frame as tall as the report, kept so as its filters show and hide rows: one scroll, the page's. @param {HTMLIFrameElement} frame */
  function fitFrame(frame) {
    const doc = frame.contentDocument;
    if (!doc) return;
    const fit = () => {
      frame.style.height = `${doc.documentElement.scrollHeight}px`;
    };
    fit();
    new ResizeObserver(fit).observe(doc.body);
  }

  /**
   * The live region says "Aligning…" once; the seconds tick beside it, hidden from screen
   * readers, which would otherwise read out every second. The buttons are only marked
   * aria-disabled, so the one pressed keeps the focus instead of dropping it to the page.
   * @param {string} url @param {RequestInit} init @param {boolean} [inBoxOnly]
   */
  function send(url, init, inBoxOnly) {
    result.hidden = true;
    busy = true;
    const started = Date.now();
    const seconds = () => Math.round((Date.now() - started) / 1000);
    progress.textContent = 'Aligning…';
    elapsed.textContent = '0 s';
    const timer = setInterval(() => (elapsed.textContent = `${seconds()} s`), 1000);
    form.setAttribute('aria-busy', 'true');
    for (const b of form.querySelectorAll('button')) b.setAttribute('aria-disabled', 'true');
    fetch(url, Object.assign({ method: 'POST' }, init))
      .then((res) => {
        const json = /json/.test(res.headers.get('content-type') || '') ? res.json() : Promise.resolve(null);
        return json.then((body) => {
          if (res.ok) return showResult(body, seconds());
          progress.textContent = 'The alignment was refused.';
          showProblem(body, res.status, inBoxOnly);
        });
      })
      .catch((error) => {
        progress.textContent = 'The alignment failed.';
        showProblem({ title: 'The service could not be reached', detail: String(error?.message ? error.message : error) }, 0);
      })
      .finally(() => {
        clearInterval(timer);
        elapsed.textContent = '';
        busy = false;
        form.setAttribute('aria-busy', 'false');
        for (const b of form.querySelectorAll('button')) b.removeAttribute('aria-disabled');
      });
  }

  /**
   * Beside an empty date field, the date the comparison would read off the document, so
   * a wrong or missing one can be put right before sending (date-preview.js words it).
   * @param {'source' | 'target'} side
   */
  async function showInferredDate(side) {
    const out = /** @type {HTMLElement} */ (d.getElementById(`${side}-date-inferred`));
    if (value(`${side}-date`) !== '') return void (out.textContent = '');
    useKey();
    out.textContent = await inferredDateWords(chosenFile(side), input(`${side}-text`).value, value(`${side}-title`));
  }
  /** @type {Record<string, number>} */
  const pending = {};
  for (const side of SIDES) {
    const later = () => {
      clearTimeout(pending[side]);
      pending[side] = window.setTimeout(() => void showInferredDate(side).catch(() => undefined), 400);
    };
    for (const id of ['-text', '-date', '-title']) input(side + id).addEventListener('input', later);
    input(`${side}-file`).addEventListener('change', later);
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    clearErrors();
    if (!checkBeforeSending()) {
      progress.textContent = 'Nothing was sent: see the marked fields.';
      return focusFirstError();
    }
    useKey();
    send('/api/v1/alignments', request());
  });
  /** @type {HTMLElement} */ (d.getElementById('example')).addEventListener('click', () => {
    if (busy) return;
    clearErrors();
    useKey();
    send('/api/v1/examples/seed-pair/alignments', { headers: { Accept: 'application/json' } }, true);
  });
})();
