import { readActionLists } from '../../src/pledges/action-lists';
import { readerFor } from '../../src/pledges/read';
import { segment } from '../../src/text';

/** The readings of an English text's clauses, each list of gerund items under a heading read as an action list. */
function read(lines: string[]) {
  const units = segment(lines.join('\n\n'), { language: 'en' }).units;
  const clauses = units.filter((u) => u.kind === 'clause');
  const readings = readerFor('en').readAll(clauses);
  const out = readActionLists(units, new Map(clauses.map((u, i) => [u.index, readings[i]!])));
  return (start: string) => out.get(units.find((u) => u.text.startsWith(start))!.index)!;
}

describe('action lists under a heading', () => {
  test('gerund items in a row under a heading name acts the authors undertake', () => {
    const reading = read([
      'Ministerial Meeting on Fisheries',
      'The ministers met in Oslo today.',
      'Agreed Outcomes',
      'Opening a joint training centre for customs officers.',
      'Publishing a common guide to port inspections.',
    ]);
    expect(reading('Opening').mood).toBe('commitment');
    expect(reading('Opening').cue).toBe('Opening');
    expect(reading('Publishing').mood).toBe('commitment');
  });

  test('a lone sentence with a gerund subject says something about the act, and commits no one', () => {
    const reading = read(['Ministerial Meeting on Fisheries', 'The ministers met in Oslo today.', 'Outlook', 'Rebuilding the stocks takes many years.']);
    expect(reading('Rebuilding').mood).toBe('statement');
  });

  test('a participle fronted before the subject of its sentence is not an item of an action list', () => {
    const reading = read([
      'Ministerial Meeting on Fisheries',
      'Outcomes',
      'Recognizing the threat posed by illegal fishing, the ministers discussed closer patrols.',
      'Noting the progress made since March, we welcomed the joint report.',
    ]);
    expect(reading('Recognizing').mood).toBe('statement');
    expect(reading('Noting').mood).toBe('statement');
  });

  test('with no heading over them, gerund lines are read as they are', () => {
    const reading = read(['Opening a joint training centre for customs officers.', 'Publishing a common guide to port inspections.']);
    expect(reading('Opening').mood).toBe('statement');
  });
});
