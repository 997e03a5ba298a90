/** A strict RFC 4180 reader: what a spreadsheet does with the file. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let fieldText = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        fieldText += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else fieldText += c;
    } else if (c === '"') {
      if (fieldText !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quoted = true;
    } else if (c === ',') {
      row.push(fieldText);
      fieldText = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(fieldText);
      rows.push(row);
      row = [];
      fieldText = '';
      i += 1;
    } else if (c === '\n' || c === '\r') throw new Error(`bare line break at ${i}`);
    else fieldText += c;
  }
  if (quoted || fieldText !== '' || row.length > 0) throw new Error('the file does not end with CRLF');
  return rows;
}
