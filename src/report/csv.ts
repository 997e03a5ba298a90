import { ROLE_WORDS, type ReportModel } from './model';

export const CSV_COLUMNS = [
  'row',
  'source_units',
  'target_units',
  'source_text',
  'target_text',
  'score',
  'relation',
  'topic',
  'verdict',
  'confidence',
  'cue',
  'cites',
  'reason',
  'possible_units',
] as const;

type Row = Readonly<Record<(typeof CSV_COLUMNS)[number], string | number | null>>;

/**
 * The report as CSV for spreadsheets: one row per link, per pledge verdict
 * and per new pledge, with both texts. RFC 4180: CRLF line ends, fields
 * quoted when they hold a comma, quote or line break, quotes doubled. A UTF-8
 * byte-order mark leads, because spreadsheet programs otherwise read UTF-8 as
 * Latin-1; and a cell opening with = + - @ gets a leading apostrophe, so a
 * document's text is never run as a formula (OWASP "CSV injection").
 *
 * @example
 * res.type('text/csv').send(renderCsv(reportModel(resource)));
 */
export function renderCsv(model: ReportModel): string {
  const rows: Row[] = [
    ...model.pairs.map((p) => ({
      row: 'link',
      source_units: p.source.join(' '),
      target_units: p.target.join(' '),
      source_text: p.sourceText,
      target_text: p.targetText,
      score: p.score,
      relation: p.relation,
      topic: null,
      verdict: null,
      confidence: null,
      cue: null,
      cites: p.cites.join('; '),
      reason: ROLE_WORDS[p.role] || null,
      possible_units: null,
    })),
    ...model.pledges.map((p) => ({
      row: 'pledge',
      source_units: String(p.source),
      target_units: p.targets.map((t) => t.index).join(' '),
      source_text: p.sourceText,
      target_text: p.targets.map((t) => t.text).join('\n'),
      score: null,
      relation: null,
      topic: p.topicLabel,
      verdict: p.verdict,
      confidence: p.confidence,
      cue: p.targets.map((t) => t.cue).join('; '),
      cites: null,
      reason: p.reason,
      possible_units: p.possible.map((t) => t.index).join(' '),
    })),
    ...model.newPledges.map((p) => ({
      row: 'new_pledge',
      source_units: '',
      target_units: String(p.target),
      source_text: '',
      target_text: p.text,
      score: null,
      relation: null,
      topic: p.topicLabel,
      verdict: 'new',
      confidence: p.confidence,
      cue: p.cue,
      cites: null,
      reason: null,
      possible_units: null,
    })),
  ];
  const lines = [CSV_COLUMNS.join(','), ...rows.map((r) => CSV_COLUMNS.map((c) => field(r[c])).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

function field(value: string | number | null): string {
  if (value === null) return '';
  let text = String(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
