import { createLinter } from './dist/src/index.js';
const which = process.argv[2];
const l = await createLinter({ rules: Object.fromEntries(['email','phone-number','national-id','financial','address','date-of-birth','special-category','child-identified'].map(r=>['personal-data/'+r,'error'])) });
const inputs = {
  at: 'a.'.repeat(2000) + '@',
  atword: 'jane at '.repeat(1000),
  caps: 'Aaaa '.repeat(2000) + '12',
  born: 'born on 1 '.repeat(1000),
  hyph: '1-'.repeat(3000),
  mixed: 'Call Jane Smith on 07911 123456. '.repeat(200),
};
for (const [k, v] of Object.entries(inputs)) { if (which && k!==which) continue; const t = Date.now(); try { const r = await l.lintAsync(v); console.log(k, v.length, Date.now() - t, 'ms', r.findings.length, r.error ?? ''); } catch (e) { console.log(k, 'threw', e.message); } }
