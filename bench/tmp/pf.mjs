import { cuss } from 'cuss';
import { makeCorpus } from '/work/main/bench/corpus.mjs';
const c = makeCorpus(1000);
const W = /[\p{L}][\p{L}'’-]*/gu;
const keys = new Set(Object.keys(cuss).map(w=>w.split(/\s+/)[0].toLowerCase()));
const hits = new Map(); let n=0;
for (const d of c) { let f=false; for (const m of d.matchAll(W)) { const w=m[0].toLowerCase().replace(/['’]s$/u,''); if (keys.has(w)) { hits.set(w+':'+cuss[w],(hits.get(w+':'+cuss[w])??0)+1); f=true; } } if(f) n++; }
console.log(n, [...hits].sort((a,b)=>b[1]-a[1]).slice(0,30));
