// Peak memory of commslint alone (run by bench/run.mjs in a child process, so alex, remark-parse and the
// bench's own copies of the drafts are not counted): the recommended linter over the corpus, the
// 3,000-word post, then the 0.625–5 MB drafts one at a time. Prints JSON: peak RSS (bytes) after each step.
import { createLinter } from '../dist/src/index.js';
import { makeCorpus, makeLongPost, makeBigDraft } from './corpus.mjs';

const peak = () => process.resourceUsage().maxRSS * 1024;
const steps = [];
const linter = await createLinter();
steps.push(['linter created', peak()]);
for (const d of makeCorpus(1000)) await linter.lintAsync(d);
await linter.lintAsync(makeLongPost(3000));
steps.push(['corpus and 3,000-word post', peak()]);
for (const mb of [0.625, 1.25, 2.5, 5]) {
  await linter.lintAsync(makeBigDraft(mb * 1024 * 1024));
  steps.push([`${mb} MB draft`, peak()]);
}
process.stdout.write(`${JSON.stringify(steps)}\n`);
