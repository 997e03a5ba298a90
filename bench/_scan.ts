import { regexLiterals, superLinear } from '../test/hostile/regex-scan';
const t0 = performance.now();
for (const { where, regex } of regexLiterals('src')) {
  const t = performance.now();
  for (const b of superLinear(regex)) console.log(where, regex, JSON.stringify(b));
  const d = performance.now() - t; if (d > 500) console.log('slow scan', where, d.toFixed(0));
}
console.log('total', (performance.now() - t0).toFixed(0));
