import { normalizeText } from '../src/extract/decode';
const cases = ['a \r\n\r\n\r\nb', '\n\n  x  \n\n\n\ny \t\n', 'é\u00ad e\u0301\n \n\u00a0\n z\u2029 ', '', '   ', 'a\n\n\n', '\n\na', 'x\u000b\n\ny'];
const old = (text: string) => text.replace(/\r\n?/g, '\n').normalize('NFC').replace(/\u00ad/g, '').replace(/[ \t\u00a0]+$/gm, '').replace(/\n{3,}/g, '\n\n').replace(/^\n+|\s+$/g, '');
for (const c of cases) console.log(JSON.stringify(c), JSON.stringify(old(c)), JSON.stringify(normalizeText(c)), old(c) === normalizeText(c));
