// personal-data/requester-identified: a post that names the person who made a freedom-of-information,
// access-to-information, Official Information Act or subject access request ("an access to information
// request filed by Halifax resident Donna Pike", "Mark Evans, who submitted an FOI request, …"). Requests are
// handled applicant-blind and a requester's identity is their personal information: say "following a
// request" instead. Organisations ("a request from the BBC") and office holders in role are left alone.
import { z } from 'zod';
import { defineRule } from '../../src/engine/rule.js';
import { findPersonNamesNear, looksLikePersonName } from '../../src/text/names.js';
import { phraseGate } from '../../src/text/gate.js';

const W = String.raw`[ \u00a0]+`;
// The kinds of request, in the words of each jurisdiction's access law.
const KIND = String.raw`(?:freedom${W}of${W}information|FOI|FOIA|FOIs|access${W}to${W}information|ATIP|ATI|official${W}information(?:${W}act)?|OIA|LGOIMA|right${W}to${W}information|RTI|GIPA|public${W}records|open${W}records|(?:data${W})?subject${W}access|DSAR|SAR|information${W}access)`;
// "an access to information request filed by", "FOI requests from", "a request under the Freedom of
// Information Act made by": the requester is named after it.
const NAMED_AFTER = new RegExp(
  String.raw`\b(?:${KIND}(?:${W}\(\w+\))?${W}(?:request|application)s?|requests?${W}under${W}the${W}${KIND}(?:${W}Act)?)(?:${W}(?:made|filed|submitted|lodged|sent|brought|received))?${W}(?:by|from)${W}`,
  'giu',
);
// "Mark Evans, a local journalist, submitted an FOI request", "Ms Patel made a subject access request".
const NAMED_BEFORE = new RegExp(
  String.raw`(?:made|filed|submitted|lodged|sent)${W}(?:(?:an?|the|two|several|multiple)${W})?${KIND}(?:${W}\(\w+\))?${W}(?:request|application)s?\b`,
  'giu',
);
// Every match of either pattern holds "request(s)" or "application(s)" and a word of a kind (every KIND
// alternative holds one of these words whole).
const GATE_REQUEST = phraseGate(['request', 'requests', 'application', 'applications']);
const GATE_KIND = phraseGate([
  'information', 'foi', 'foia', 'fois', 'atip', 'ati', 'oia', 'lgoima', 'rti', 'gipa', 'records', 'access', 'dsar', 'sar',
]);
// How far a name may sit from the request words: "filed by Halifax resident Donna Pike" / "Donna Pike, a
// Halifax resident, filed".
const WINDOW = 60;
const MAX_WINDOWS = 100;
const SENTENCE_END = /[.!?\n]/;
// Before the verb, only an aside may separate the name from it ("Donna Pike, a Halifax resident, filed");
// anything else means someone else made the request ("Jane Smith said the council made an FOI request").
const ASIDE_ONLY = /^(?:,[^,.!?\n]{1,50},)?[ \u00a0]*(?:(?:who|has|had|have|recently|also|previously|then)[ \u00a0]+)*$/u;

export default defineRule({
  id: 'personal-data/requester-identified',
  category: 'personal-data',
  description: 'Names the person who made a freedom-of-information, access-to-information or subject access request.',
  docs: {
    rationale:
      'Information access requests are handled applicant-blind: the requester’s identity is their personal information and is disclosed only to those processing the request. Publishing it can deter requests and breaches privacy law.',
    flagged: [
      'Following an access to information request filed by Halifax resident Donna Pike, we have published the inspection reports.',
      'Mark Evans, a local journalist, submitted an FOI request about the contract.',
    ],
    clean: [
      'Following a freedom of information request, we have published the inspection reports.',
      'We received 212 FOI requests from journalists and residents last year.',
      'After a Freedom of Information request from the BBC, the figures are now online.',
    ],
  },
  defaultSeverity: 'error',
  topics: ['personal-data'],
  sensitive: true,
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, bodyOffset } = ctx.doc;
    const words = ctx.doc.words();
    if (!GATE_REQUEST(words) || !GATE_KIND(words)) return;
    // Where a name may be: [from, to) windows after or before the request words, within the sentence.
    const windows: Array<{ from: number; to: number; after: boolean }> = [];
    NAMED_AFTER.lastIndex = bodyOffset;
    for (let m = NAMED_AFTER.exec(prose); m; m = NAMED_AFTER.exec(prose)) {
      const from = m.index + m[0].length;
      const stop = prose.slice(from, from + WINDOW).search(SENTENCE_END);
      windows.push({ from, to: stop === -1 ? from + WINDOW : from + stop, after: true });
    }
    NAMED_BEFORE.lastIndex = bodyOffset;
    for (let m = NAMED_BEFORE.exec(prose); m; m = NAMED_BEFORE.exec(prose)) {
      const before = prose.slice(Math.max(bodyOffset, m.index - WINDOW), m.index);
      const cut = Math.max(before.lastIndexOf('.'), before.lastIndexOf('!'), before.lastIndexOf('?'), before.lastIndexOf('\n'));
      windows.push({ from: m.index - before.length + cut + 1, to: m.index, after: false });
    }
    if (windows.length === 0) return;
    // compromise (loaded only now) tags each window with the words around it, never the whole draft: a
    // drafted post has a request or two; a draft with hundreds of them is not prose (bounded work).
    for (const w of windows.slice(0, MAX_WINDOWS)) {
      const names = findPersonNamesNear(ctx, Math.max(bodyOffset, w.from - WINDOW), Math.min(prose.length, w.to + WINDOW));
      if (!names) return;
      const inWindow = names.filter((n) => n.offset >= w.from && n.endOffset <= w.to && looksLikePersonName(n.text));
      // After the request words the requester is the first name; before them, the nearest one.
      const name = w.after ? inWindow[0] : inWindow[inWindow.length - 1];
      if (!name || (!w.after && !ASIDE_ONLY.test(prose.slice(name.endOffset, w.to)))) continue;
      ctx.report({
        offset: name.offset,
        endOffset: name.endOffset,
        message: 'This names the person who made an information access request: requesters’ identities are personal information. Say "following a request" instead.',
      });
    }
  },
});
