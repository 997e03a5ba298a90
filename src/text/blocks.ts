import type { Line } from './lines';
import type { Span } from './types';

/**
 * A stretch of text that becomes one or more units: a paragraph, one list
 * item (a bullet and its wrapped lines), or a line that stands alone
 * (heading, meta, boilerplate).
 */
export interface Block extends Span {
  readonly kind: 'paragraph' | 'item' | 'heading' | 'meta' | 'boilerplate';
  readonly lineCount: number;
}

/**
 * Groups lines into blocks: blank lines end paragraphs, a bullet starts an
 * item, and wrapped lines continue whatever they follow.
 */
export function groupBlocks(lines: readonly Line[]): Block[] {
  const blocks: Block[] = [];
  let open: { kind: 'paragraph' | 'item'; start: number; end: number; lineCount: number } | undefined;
  const close = (): void => {
    if (open) blocks.push(open);
    open = undefined;
  };
  for (const line of lines) {
    switch (line.kind) {
      case 'blank':
        close();
        break;
      case 'heading':
      case 'meta':
      case 'boilerplate':
        close();
        blocks.push({ kind: line.kind, ...line.content, lineCount: 1 });
        break;
      case 'item':
        close();
        open = { kind: 'item', ...line.content, lineCount: 1 };
        break;
      case 'text':
        if (open) {
          open.end = line.content.end;
          open.lineCount += 1;
        } else open = { kind: 'paragraph', ...line.content, lineCount: 1 };
        break;
    }
    if (line.breaksParagraph) close();
  }
  close();
  return blocks;
}
