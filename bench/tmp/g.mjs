import { graphemes } from '../../dist/src/text/counting.js';
const seg = new Intl.Segmenter('en', { granularity: 'grapheme' });
const alphabet = ['a','b',' ','\r','\n','\u0301','\u200d','👩','🏽','\u0600','\uFE0F','\u20e3','#','1','🇬','🇧','é','中','\u1100','\u1161','\ud800','\udc00','\u0903','\t'];
let bad = 0;
for (let k = 0; k < 200000; k++) {
  const len = 1 + Math.floor(Math.random() * 12);
  let s = ''; for (let i = 0; i < len; i++) s += alphabet[Math.floor(Math.random() * alphabet.length)];
  const a = JSON.stringify(graphemes(s)); const b = JSON.stringify([...seg.segment(s)].map(x => ({ index: x.index, segment: x.segment })));
  if (a !== b) { if (bad++ < 5) console.log(JSON.stringify(s), a, b); }
}
console.log('mismatches', bad);
