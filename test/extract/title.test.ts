import { fileTitle } from '../../src/extract/title';

describe('fileTitle: a title read from a file, made to stand as the document title', () => {
  test('control characters (C0 and C1) and unpaired surrogates go; line breaks and tabs become one space', () => {
    expect(fileTitle('Minutes\u0001 of the\n\tmeeting')).toBe('Minutes of the meeting');
    expect(fileTitle('Communiqu\u0092s conjoints\u0085 2016')).toBe('Communiqus conjoints 2016');
    expect(fileTitle('Half \ud83d a pair, and a whole 🚀')).toBe('Half a pair, and a whole 🚀');
    expect(fileTitle('\u0000\u0001 \n')).toBeNull();
  });

  test('a long one is cut at a word boundary with an ellipsis, within the limit', () => {
    const title = fileTitle(`${'Joint statement on security cooperation '.repeat(30)}end`, 100)!;
    expect(title.length).toBeLessThanOrEqual(100);
    expect(title).toMatch(/^Joint statement on security cooperation .* …$/);
    expect(title.slice(0, -2).endsWith(' ')).toBe(false);
  });
});
