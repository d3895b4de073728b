// node bench/profsum.mjs PROFILE.cpuprofile [N]: self time by module file and by function from a --cpu-prof profile.
import { readFileSync } from 'node:fs';
const p = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const n = Number(process.argv[3] ?? 25);
const dt = new Map();
for (let i = 0; i < p.samples.length; i++) dt.set(p.samples[i], (dt.get(p.samples[i]) ?? 0) + (p.timeDeltas[i] ?? 0));
const byFile = new Map();
const byFn = new Map();
for (const node of p.nodes) {
  const t = (dt.get(node.id) ?? 0) / 1000;
  const url = node.callFrame.url.replace(/^.*node_modules\//, 'nm:').replace(/^file:\/\/.*\/(?:main|wt\/[^/]+)\//, '');
  byFile.set(url, (byFile.get(url) ?? 0) + t);
  const fn = `${node.callFrame.functionName || '(anon)'} ${url}:${node.callFrame.lineNumber + 1}`;
  byFn.set(fn, (byFn.get(fn) ?? 0) + t);
}
const total = [...byFile.values()].reduce((a, b) => a + b, 0);
console.log(`total ${total.toFixed(0)} ms`);
for (const [k, v] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
console.log('');
for (const [k, v] of [...byFn].sort((a, b) => b[1] - a[1]).slice(0, n)) console.log(`${v.toFixed(1).padStart(8)}  ${k}`);
