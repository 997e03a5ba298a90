import { termIndex } from '../../src/pledges/retrieval';
import { runInHeading, sectionHeadings } from '../../src/pledges/sections';
import { topicIndex } from '../../src/pledges/topic-similarity';
import { segment } from '../../src/text';

const doc = (lines: string[]) => segment(lines.join('\n\n'), { language: 'en' }).units;

describe('section headings', () => {
  test('a title-case phrase and a colon open a section run in with its paragraph; a list lead does not', () => {
    expect(runInHeading('Protect the Northern Wetlands: The two governments will fund a survey.')).toBe('Protect the Northern Wetlands');
    expect(runInHeading('To that end, the two governments will work together to:')).toBeUndefined();
    expect(runInHeading('the ministers agreed: more will follow.')).toBeUndefined();
  });

  test('each clause stands under the last heading before it; the title over the whole text is no section', () => {
    const units = doc([
      'Joint Statement of the Ministers',
      'The ministers met in Oslo today.',
      'Fisheries',
      'Quotas will be set each spring.',
      'A survey is planned.',
    ]);
    const heads = sectionHeadings(units);
    const byText = (t: string) => heads.get(units.find((u) => u.text.startsWith(t))!.index);
    expect(byText('The ministers met')).toBeUndefined();
    expect(byText('Quotas')).toBe('Fisheries');
    expect(byText('A survey')).toBe('Fisheries');
  });

  test('a short report under a heading on the pledge’s subject is nearer to it in topic for its heading', () => {
    const source = doc(['We will share information on ransomware threats.', 'Tariffs on steel will be reviewed.']);
    const target = doc([
      'Joint Statement',
      'Steel tariffs were reviewed.',
      'Sharing Information',
      'Launching a platform for rapid alerts.',
      'Funding for clinics rose.',
    ]);
    const pledge = source[0]!.index;
    const report = target.find((u) => u.text.startsWith('Launching'))!.index;
    const clauses = (units: typeof source) => units.filter((u) => u.kind === 'clause');
    const languages = { source: 'en', target: 'en' } as const;
    const without = topicIndex(termIndex(clauses(source), clauses(target), languages), new Set([pledge]));
    const withHeadings = topicIndex(termIndex(clauses(source), clauses(target), languages, undefined, sectionHeadings(target)), new Set([pledge]));
    expect(withHeadings.similarity(pledge, report)).toBeGreaterThan(without.similarity(pledge, report));
  });
});
