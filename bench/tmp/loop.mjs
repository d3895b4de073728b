import { createLinter } from '../../dist/src/index.js';
import { makeCorpus } from '../corpus.mjs';
const c = makeCorpus(1000); const l = await createLinter();
for (const d of c) await l.lintAsync(d);
const t=performance.now(); for (const d of c) l.lint(d); console.log('lint ms', performance.now()-t);
