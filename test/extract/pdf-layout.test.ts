import { pdfPagesToText, type PdfItem } from '../../src/extract';

/** Lines of 10-point text, 12 points apart, the first `width` wide; `gapAfter` adds space below a line. */
function page(lines: ReadonlyArray<string | { text: string; x1?: number; gapAfter?: number }>, top = 700): PdfItem[] {
  let y = top;
  return lines.map((line) => {
    const { text, x1 = 400, gapAfter = 0 } = typeof line === 'string' ? { text: line } : line;
    const item = { s: text, x: 72, y, w: x1 - 72, h: 10, eol: true };
    y -= 12 + gapAfter;
    return item;
  });
}

describe('pdfPagesToText', () => {
  it('joins wrapped lines and splits paragraphs at a wider gap', () => {
    expect(pdfPagesToText([page(['The ministers met', { text: 'in Paris.', gapAfter: 10 }, 'They agreed.'])])).toBe(
      'The ministers met in Paris.\n\nThey agreed.',
    );
  });

  it('ends a paragraph at a short line that ends a sentence', () => {
    expect(pdfPagesToText([page(['The ministers met in', { text: 'Paris.', x1: 120 }, 'They agreed on it.'])])).toBe(
      'The ministers met in Paris.\n\nThey agreed on it.',
    );
  });

  it('removes hyphenation but keeps the hyphens the document writes', () => {
    const text = pdfPagesToText([page(['A new regu-', 'lation and more co-', 'operation; co-operation again; Franco-', 'Belgian talks.'])]);
    expect(text).toBe('A new regulation and more co-operation; co-operation again; Franco-Belgian talks.');
  });

  it('continues a paragraph over a page break only mid-sentence', () => {
    expect(pdfPagesToText([page(['It was agreed', 'that the']), page(['group would meet.', 'Then'])])).toBe('It was agreed that the group would meet. Then');
    expect(pdfPagesToText([page(['It was agreed.']), page(['Then more.'])])).toBe('It was agreed.\n\nThen more.');
  });

  it('drops page numbers and running headers', () => {
    const pages = [1, 2, 3].map((n) => page(['Val Duchesse II', `Body text of page ${n}.`, `${n}`]));
    expect(pdfPagesToText(pages)).toBe('Body text of page 1.\n\nBody text of page 2.\n\nBody text of page 3.');
  });
});
