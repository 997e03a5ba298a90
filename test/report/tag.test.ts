import { Parser } from 'htmlparser2';
import { html, raw, escapeHtml, renderHtml } from '../../src/report/html';
import { reportModel, type ReportModel } from '../../src/report';
import { seedResource } from '../fixtures/seed-report';

describe('the html tag', () => {
  test('escapes every interpolated string, in text and in attributes', () => {
    const evil = `"><script>alert('x')</script>&`;
    expect(html`<p title="${evil}">${evil}</p>`.value).toBe(
      '<p title="&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;">&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;</p>',
    );
  });

  test('keeps nested markup, joins arrays, prints nothing for null, undefined and false', () => {
    const items = ['a<b', 'c'].map((i) => html`<li>${i}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.value).toBe('<ul><li>a&lt;b</li><li>c</li></ul>0');
  });

  test('raw() passes markup through unescaped, and only raw() does', () => {
    expect(html`${raw('<b>bold</b>')}${'<b>'}`.value).toBe('<b>bold</b>&lt;b&gt;');
    expect(escapeHtml(`&<>"'`)).toBe('&amp;&lt;&gt;&quot;&#39;');
  });
});

/** Every string anywhere in the model, with a payload appended: titles, clauses, cues, reasons, topics, captions, dates, ids. */
function poisoned<T>(value: T, payload: string): T {
  if (typeof value === 'string') return `${value}${payload}` as T;
  if (Array.isArray(value)) return value.map((v) => poisoned(v, payload)) as T;
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poisoned(v, payload)])) as T;
  return value;
}

interface Parsed {
  tags: string[];
  attributes: string[];
  text: string;
}

/** What a browser would build from the page: its elements, their attribute names and the text. */
function parse(page: string): Parsed {
  const out: Parsed = { tags: [], attributes: [], text: '' };
  const parser = new Parser(
    {
      onopentag: (name, attributes) => {
        out.tags.push(name);
        out.attributes.push(...Object.keys(attributes));
      },
      ontext: (text) => {
        out.text += text;
      },
    },
    { decodeEntities: true },
  );
  parser.write(page);
  parser.end();
  return out;
}

test('a report whose every text field carries markup shows that markup as text and runs none of it', async () => {
  const model = reportModel(await seedResource());
  const payload = `"' onmouseover="alert(1)"><img src=x onerror=alert(2)><script>alert(3)</script>`;
  const evil: ReportModel = poisoned(model, payload);
  const page = parse(renderHtml(evil));
  expect(page.tags.filter((t) => t === 'script')).toHaveLength(1);
  expect(page.tags).not.toContain('img');
  expect(page.attributes.filter((a) => a.startsWith('on'))).toEqual([]);
  // Shown, not swallowed: the titles, a clause, a reason and a caption still read with the payload.
  for (const shown of [
    evil.source.title,
    evil.target.title,
    evil.pledges[0]!.sourceText,
    evil.pledges[0]!.reason,
    evil.captions.dropped,
    evil.methodology[0]!.text,
  ]) {
    expect(page.text).toContain(shown);
  }
});
