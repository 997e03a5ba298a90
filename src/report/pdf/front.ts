import type { ReportDocument, ReportModel } from '../model';
import { barChart } from './chart';
import type { Flow } from './flow';
import { labels, yearNote } from './labels';
import { COLOR, SIZE } from './theme';

/**
 * The cover: what was compared with what, and when the comparison was made
 * (the resource's date, so one alignment always prints the same cover).
 *
 * @example
 * cover(flow, model);
 */
export function cover(flow: Flow, model: ReportModel): void {
  const { source, target } = labels(model);
  flow.y = flow.top + 70;
  flow.paragraph([{ text: 'CONTINUITY REPORT', face: 'bold', color: COLOR.muted }], SIZE.body, 0, 8);
  flow.paragraph([{ text: 'What became of the pledges', face: 'bold' }], SIZE.title, 0, 6);
  flow.paragraph([{ text: `Each pledge of the ${source} document, traced clause by clause into the ${target} document.`, color: COLOR.muted }], SIZE.h2, 0, 40);
  documentBlock(flow, `Source document${yearNote(source)}`, model.source);
  documentBlock(flow, `Target document${yearNote(target)}`, model.target);
  flow.y += 10;
  flow.rule(COLOR.rule);
  flow.y += 10;
  flow.paragraph([{ text: 'Report made: ', face: 'bold' }, { text: model.createdAtText }], SIZE.body, 0, 2);
  flow.paragraph([{ text: 'Alignment: ', face: 'bold' }, { text: model.id }], SIZE.body, 0, 2);
}

function documentBlock(flow: Flow, caption: string, doc: ReportDocument): void {
  flow.paragraph([{ text: caption.toUpperCase(), face: 'bold', color: COLOR.muted }], SIZE.small, 0, 3);
  flow.paragraph([{ text: doc.title, face: 'bold' }], SIZE.h1, 0, 4);
  const facts: Array<[string, string]> = [
    ['Date', doc.dateText ? `${doc.dateText}${doc.dateReadFrom ? ` (${doc.dateReadFrom})` : ''}` : 'not given'],
    ['Publisher', doc.publisher ?? 'not given'],
    ['Language', doc.language],
    ['Clauses compared', String(doc.clauseCount)],
  ];
  for (const [name, value] of facts) flow.paragraph([{ text: `${name}: `, color: COLOR.muted }, { text: value }], SIZE.body, 0, 1);
  flow.y += 26;
}

/**
 * The summary: the generated sentences, then the verdict counts as a bar chart.
 *
 * @example
 * summary(flow, model);
 */
export function summary(flow: Flow, model: ReportModel): void {
  const { target } = labels(model);
  flow.startSection('Summary', true);
  for (const sentence of model.sentences) flow.paragraph([{ text: sentence }], SIZE.body + 1, 0, 8);
  flow.heading('Pledges by verdict');
  barChart(flow, [
    { label: 'Completed', value: model.counts.completed, fill: 'solid' },
    { label: 'Carried forward', value: model.counts.carried_forward, fill: 'diagonal' },
    { label: 'Dropped', value: model.counts.dropped, fill: 'cross' },
    { label: `New in ${target}`, value: model.counts.new, fill: 'light' },
  ]);
  flow.paragraph(
    [
      {
        text: `Completed, carried forward and dropped count the pledges of the source document; new counts commitments of the ${target} document that continue none of them.`,
        color: COLOR.muted,
      },
    ],
    SIZE.small,
  );
}
