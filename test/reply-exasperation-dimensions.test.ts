// Exasperation and blame in replies, built as grammar over classes (src/text/semantic/put-down-grammar.ts,
// data src/text/data/put-down-grammar.json), by dimension: a telling verb × a count × the reader (every
// verb, every count, with and without "as", "now", "to you", "on here"); "if you'd (taken the time to)" ×
// a reading verb; "here's a tip:" × an order to do the obvious or a consequence for the reader; "isn't
// exactly" × a hyperbole; the same classes in French, Welsh and Irish. Next to each, near-misses with the
// same words doing something else: a reference with no count ("As we explained in our letter of 3 May"),
// a record of contact ("We have written to you twice"), a polite request ("we'd be grateful if …"), a tip
// with a topic ("Here's a tip for staying warm:"), a plain triage ("This isn't an emergency"). End to end
// the English findings come from tone/hostile-reply and the others from tone/hostile-reply-other-languages,
// in replies only.
import { describe, expect, it } from 'vitest';
import { grammarPutDowns, type GrammarLang } from '../src/text/semantic/put-down-grammar.js';
import { createLinter } from '../src/index.js';

interface Row {
  lang: GrammarLang;
  text: string;
  /** The exact texts found, or [] for a near-miss. */
  want: string[];
  /** Each want is where a finding starts (a tip's finding runs on to the consequence it names). */
  prefix?: boolean;
  why: string;
}

const TELL = ['explained', 'told you', 'said', 'mentioned', 'pointed out', 'answered', 'made clear', 'clarified'];
const COUNTS = ['more than once', 'several times', 'three times', 'twice', 'repeatedly', 'over and over', 'a dozen times', '4 times'];
const READERS = ['', ' to you', ' on here', ' this', ' this to you'];
const ORDINALS = ['third', 'fourth', 'fifth', 'tenth', 'hundredth', 'umpteenth', '4th'];
const EFFORT = ['taken two minutes to read', 'taken the time to read', 'bothered to check', 'taken five seconds to look at', 'actually read', 'just checked', 'listened to'];
const TIPS = ["Here's a tip", 'Here is a tip', "Here's a hint", 'Pro tip', "Here's a thought", 'Hot tip'];
const HYPERBOLE = ['a crime wave', 'the end of the world', 'rocket science', 'a crisis', 'a motorway', 'news'];
// Posting verbs (counted only after "as": "we've posted three times today" may just report a schedule).
const POSTED = ['posted', 'shared on here', 'put up', 'published', 'tweeted', 'put out', 'flagged'];
const BIG_COUNTS = ['more times than we can count', 'more times than I can count', 'so many times', 'a million times', 'time after time', 'on several occasions', 'five times'];
const LOOKS = ['had a look at', 'taken a look at', 'glanced at', 'had a read of', 'had a proper look at'];
const READS = ['read', 'reading', 'look at', 'check', 'go through'];
const DOCS = ['it', 'the post', 'the letter', 'our update', 'the route map', 'the guidance'];
const PROPERLY = ['properly', 'carefully', 'right through', 'in full'];
const ANYONE = ['for anyone who', 'for anybody who', 'for those who', 'for people who', 'to anyone who'];
const BOTHERS = ['looks', 'bothers to look', 'can be bothered', 'takes the time to read', 'actually reads', 'scrolls up'];
const ENDS = ['.', ':', '!', ',', ')', ' —'];

const ROWS: Row[] = [
  // Exasperation: every telling verb × every count, with "as we've" and mid-sentence after a greeting.
  ...TELL.flatMap((t) => COUNTS.map((c): Row => ({ lang: 'en', text: `As we've ${t} ${c}, the tip is closed on Mondays.`, want: [`As we've ${t} ${c}`], why: `"${t}" counted "${c}"` }))),
  ...READERS.map((r): Row => ({ lang: 'en', text: `Hi Linda, as we've now explained${r} more than once, a barking dog is not a 911 call.`, want: [`as we've now explained${r} more than once`], why: `the reader "${r.trim() || '(none)'}" between verb and count` })),
  ...COUNTS.slice(0, 4).map((c): Row => ({ lang: 'en', text: `We have told you ${c}: the bins belong to the flats next door.`, want: [`We have told you ${c}`], why: `no "as": the count still exasperates ("${c}")` })),
  ...ORDINALS.map((o): Row => ({ lang: 'en', text: `For the ${o} time, the centre is closed on bank holidays.`, want: [`For the ${o} time`], why: `"for the ${o} time," opening the reply` })),
  ...ORDINALS.slice(0, 3).map((o): Row => ({ lang: 'en', text: `Thanks for telling us for the ${o} time this morning.`, want: [`telling us for the ${o} time`], why: `a telling verb before "for the ${o} time"` })),
  { lang: 'en', text: "As we've said yet again in our replies, the road reopens on Friday.", want: ["As we've said yet again"], why: '"yet again" after "as we\u2019ve said"' },
  // Near-misses: a reference, a record of contact, an event counted.
  ...TELL.map((t): Row => ({ lang: 'en', text: `As we ${t} in our letter of 3 May, collections are on Tuesdays.`, want: [], why: `"${t}" pointing to a letter, no count` })),
  { lang: 'en', text: 'We have written to you twice about the rent account; please call us.', want: [], why: 'a record of contact, not exasperation' },
  { lang: 'en', text: 'As we told you on the phone, the form is on page 2.', want: [], why: 'a reference to a call, no count' },
  { lang: 'en', text: 'We have won Tidy Towns for the fourth time!', want: [], why: 'an event counted, no telling verb, not opening a clause' },
  { lang: 'en', text: 'For the fourth time this year the river has flooded the road.', want: [], why: 'an event counted, no comma after "time"' },
  { lang: 'en', text: 'The road is closed again because of flooding.', want: [], why: '"again" about the road, no telling verb' },
  // Counterfactual blame: "if you'd" × effort × a reading verb.
  ...EFFORT.map((e): Row => ({ lang: 'en', text: `If you'd ${e} the letter we sent, you'd already know this.`, want: [`If you'd ${e}`], why: `"if you'd ${e}": the reader blamed` })),
  ...EFFORT.slice(0, 3).map((e): Row => ({ lang: 'en', text: `Had you ${e} the notice, you would know.`, want: [`Had you ${e}`], why: `"had you ${e}"` })),
  { lang: 'en', text: 'The times are on the sign, if you were reading.', want: ['if you were reading'], why: '"if you were reading"' },
  { lang: 'en', text: 'If everyone stuck to 30 on this road, there would be fewer potholes.', want: ['If everyone stuck to'], why: 'the public blamed for the damage' },
  { lang: 'en', text: "If you'd like to read the letter again, it is at riverside.gov.uk/letters.", want: [], why: '"if you\u2019d like": an offer' },
  { lang: 'en', text: 'If you have read the letter and still have questions, please call us.', want: [], why: 'present perfect: a real condition, no blame' },
  { lang: 'en', text: "We'd be grateful if everyone stuck to 20 mph near the school.", want: [], why: 'a polite request before the condition' },
  // Sarcastic tips: the opener × punctuation × an order to do the obvious, a limit, or a consequence.
  ...TIPS.flatMap((t) => [':', ' –', ' —'].map((p): Row => ({ lang: 'en', text: `${t}${p} drive 45 in a 45 and you won't need to care where our deputies park.`, want: [`${t}${p} drive 45`], prefix: true, why: `"${t}${p}" before a speed limit` }))),
  ...TIPS.slice(0, 3).map((t): Row => ({ lang: 'en', text: `${t}: read the letter before you phone us.`, want: [`${t}: read`], prefix: true, why: `"${t}:" before an order to read` })),
  { lang: 'en', text: "Here's a tip: put the bins out the night before and you won't miss the lorry.", want: ["Here's a tip: put the bins out the night before and you won't"], why: 'a consequence for the reader' },
  { lang: 'en', text: "Here's a tip for staying warm: keep the heating on low overnight.", want: [], why: 'a tip with a topic' },
  { lang: 'en', text: "Here's a tip: book online to skip the queue.", want: [], why: 'a helpful tip, no order to do the obvious' },
  { lang: 'en', text: 'Top tip: leave the heating on low when you go away.', want: [], why: '"top tip" with helpful advice' },
  // Minimisers: "isn't exactly" × a hyperbole.
  ...HYPERBOLE.map((h): Row => ({ lang: 'en', text: `A few cars doing 35 isn't exactly ${h}.`, want: [`isn't exactly ${h}`], why: `"isn't exactly ${h}"` })),
  ...HYPERBOLE.slice(0, 3).map((h): Row => ({ lang: 'en', text: `Two potholes is hardly ${h}.`, want: [`is hardly ${h}`], why: `"is hardly ${h}"` })),
  { lang: 'en', text: "This isn't an emergency, so please call 101 rather than 999.", want: [], why: 'triage, no "exactly"' },
  { lang: 'en', text: 'It is not exactly clear when the works will finish.', want: [], why: '"not exactly clear": no hyperbole' },
  // Posting verbs after "as" × every count; the reader never looked: "if you'd had a look at"; reading
  // "properly this time"; the answer "is on the website for anyone who looks". Near-misses: a schedule
  // ("we've posted three times today"), a helpful pointer ("for anyone who looks after a relative"),
  // "this time of year".
  ...POSTED.flatMap((v) => BIG_COUNTS.map((c): Row => ({ lang: 'en', text: `As we've ${v} ${c}, the tip is closed on Mondays.`, want: [`As we've ${v} ${c}`], why: `"as we've ${v}" counted "${c}"` }))),
  ...POSTED.map((v): Row => ({ lang: 'en', text: `We've ${v} three updates today and will post again at 5pm.`, want: [], why: `"${v}" with no "as" and no count of telling: a schedule` })),
  ...POSTED.slice(0, 3).map((v): Row => ({ lang: 'en', text: `As we ${v} on Monday, the pool reopens on 3 March.`, want: [], why: `"as we ${v}" pointing to a day, no count` })),
  ...LOOKS.flatMap((l) => ['', 'actually ', 'just '].map((a): Row => ({ lang: 'en', text: `You'd know if you'd ${a}${l} the map we posted.`, want: [`if you'd ${a}${l}`], why: `"if you'd ${a}${l}": the reader blamed` }))),
  { lang: 'en', text: "If you'd like to have a look at the map, it is on our website.", want: [], why: '"if you’d like to have a look": an offer' },
  { lang: 'en', text: 'If you have had a look at the map and still have questions, please ask.', want: [], why: 'present perfect: a real condition' },
  ...READS.flatMap((r) => DOCS.flatMap((d) => PROPERLY.map((p): Row => ({ lang: 'en', text: `It's all there (worth ${r} ${d} ${p} this time).`, want: [`${r} ${d} ${p} this time`], why: `"${r} ${d} ${p} this time": the reader did not read` })))),
  ...PROPERLY.map((p): Row => ({ lang: 'en', text: `Please read the guidance ${p} before you apply.`, want: [], why: `"read … ${p}" as advice, no "this time"` })),
  { lang: 'en', text: 'Check the timetable this time of year, as it changes over Christmas.', want: [], why: '"this time of year", no "properly"' },
  ...ANYONE.flatMap((a) => BOTHERS.flatMap((b) => ENDS.map((e): Row => ({ lang: 'en', text: `The charges are on the website ${a} ${b}${e} we review them every April.`, want: [`${a} ${b}${e.trim() === ',' ? '' : e}`], why: `"${a} ${b}" closing the clause with "${e.trim()}"` })))),
  ...ANYONE.map((a): Row => ({ lang: 'en', text: `Support is there ${a} looks after a relative at home.`, want: [], why: `"${a} looks after": help offered` })),
  ...ANYONE.slice(0, 3).map((a): Row => ({ lang: 'en', text: `Free sessions ${a} reads with a child every week.`, want: [], why: `"${a} reads with": an invitation, not the clause's end` })),
  // French.
  ...['plusieurs fois', 'à plusieurs reprises', 'trois fois', 'mille fois'].map((c): Row => ({ lang: 'fr', text: `Comme on vous l'a expliqué ${c}, la collecte a lieu le mardi.`, want: [`Comme on vous l'a expliqué ${c}`], why: `"expliqué ${c}"` })),
  { lang: 'fr', text: "Comme nous l'avons déjà dit, la piscine est fermée le lundi.", want: ["Comme nous l'avons déjà dit"], why: '"comme nous l\u2019avons déjà dit"' },
  { lang: 'fr', text: 'Merci de nous le signaler pour la quatrième fois.', want: ['nous le signaler pour la quatrième fois'], why: 'a telling verb before "pour la quatrième fois"' },
  ...['tout le monde respectait', 'vous lisiez', 'les automobilistes ralentissaient', 'vous aviez lu', 'vous aviez pris la peine de lire'].map((v): Row => ({ lang: 'fr', text: `Si ${v} les panneaux, il y aurait moins de problèmes 😉`, want: [`Si ${v}`], why: `counterfactual blame "si ${v}"` })),
  { lang: 'fr', text: 'Petit conseil : respectez la limite et vous n\u2019aurez plus de contravention.', want: ['Petit conseil : respectez'], prefix: true, why: 'a sarcastic tip' },
  { lang: 'fr', text: "Deux nids-de-poule, ce n'est pas exactement la fin du monde.", want: ["ce n'est pas exactement la fin du monde"], why: 'a minimiser' },
  { lang: 'fr', text: 'Comme indiqué dans notre lettre du 3 mai, la collecte a lieu le mardi.', want: [], why: 'a reference, no count' },
  { lang: 'fr', text: 'Nous vous serions reconnaissants si vous respectiez les horaires de dépôt.', want: [], why: 'a polite request' },
  { lang: 'fr', text: "Ce n'est pas une urgence : appelez le 311.", want: [], why: 'triage' },
  { lang: 'fr', text: 'Petit conseil : vérifiez la pression de vos pneus avant l\u2019hiver.', want: [], why: 'a helpful tip' },
  // Irish.
  ...['cheathrú', 'tríú', 'chúigiú', 'deichiú'].map((o): Row => ({ lang: 'ga', text: `Go raibh míle maith agat as é sin a insint dúinn don ${o} huair ar maidin.`, want: [`é sin a insint dúinn don ${o} huair`], why: `"a insint … don ${o} huair"` })),
  ...['léamh', 'éisteacht', 'féachaint'].map((v): Row => ({ lang: 'ga', text: `Tá sé ar an suíomh (dá mbeifeá ag ${v}).`, want: [`dá mbeifeá ag ${v}`], why: `"dá mbeifeá ag ${v}": the reader blamed` })),
  { lang: 'ga', text: 'Mar a dúirt muid cheana, níl an bóthar ar an ngréasán.', want: ['Mar a dúirt muid cheana'], why: '"mar a dúirt muid cheana"' },
  { lang: 'ga', text: 'Dá mbeifeá ag iarraidh tuilleadh eolais, glaoigh orainn.', want: [], why: '"dá mbeifeá ag iarraidh": an offer' },
  { lang: 'ga', text: 'Bhuaigh an baile an duais don tríú bliain as a chéile.', want: [], why: 'a third year, no telling verb' },
  { lang: 'ga', text: 'Bheimis buíoch dá léifeá an treoir roimh ré.', want: [], why: 'a polite request' },
  // Welsh.
  ...['sawl gwaith', 'droeon', 'fwy nag unwaith', 'dair gwaith'].map((c): Row => ({ lang: 'cy', text: `Fel rydyn ni wedi esbonio ${c}, mae'r biniau ar ddydd Mawrth.`, want: [`Fel rydyn ni wedi esbonio ${c}`], why: `"esbonio ${c}"` })),
  { lang: 'cy', text: 'Am y pedwerydd tro, mae\u2019r ganolfan ar gau ar wyliau banc.', want: ['Am y pedwerydd tro'], why: '"am y pedwerydd tro," opening the reply' },
  ...['Petaech chi wedi darllen', 'Tasech chi wedi edrych', "Petaech chi'n gwrando"].map((v): Row => ({ lang: 'cy', text: `${v}, byddech chi'n gwybod hyn.`, want: [v], why: `"${v}": the reader blamed` })),
  { lang: 'cy', text: 'Fel y dywedon ni yn ein llythyr ar 3 Mai, mae\u2019r casgliadau ar ddydd Mawrth.', want: [], why: 'a reference, no count' },
  { lang: 'cy', text: 'Rydyn ni wedi ennill y wobr am y pedwerydd tro!', want: [], why: 'an award counted, not opening a clause' },
  // Telling the reader to read the thread before posting: every reading verb × thread × place × posting verb.
  ...['Please read', 'Read', 'Scroll up and read', 'Please check'].flatMap((v) =>
    ['the replies', 'the other comments', 'this thread', 'our earlier replies'].flatMap((t, i) =>
      [['above ', 'before posting again'], ['', 'before commenting'], ['first ', 'before you ask again'], ['', 'before replying']].slice(i % 2, i % 2 + 2).map(([where, post]): Row => ({ lang: 'en', text: `${v} ${t} ${where}${post}.`, want: [`${v} ${t} ${where}${post}`], why: 'tells the reader to read the thread before posting' })),
    ),
  ),
  { lang: 'en', text: 'Please read the guidance before applying.', want: [], why: 'a document and an application, not the thread' },
  { lang: 'en', text: 'You can read the replies above for more detail.', want: [], why: 'no "before posting"' },
  { lang: 'en', text: 'Please check the timetable before you travel.', want: [], why: 'travel advice' },
  // French: an imperfect "took the trouble to" and "it's really not that complicated".
  ...['prenait la peine de lire', 'preniez le temps de lire', 'prenaient la peine de regarder', 'daignait lire'].map((e): Row => ({ lang: 'fr', text: `Si tout le monde ${e} les affiches, on saurait.`, want: [`Si tout le monde ${e}`], why: `"si tout le monde ${e}": the public blamed` })),
  ...["ce n'est quand même pas si compliqué", "c'est quand même pas sorcier", "ce n'est pourtant pas si compliqué"].map((m): Row => ({ lang: 'fr', text: `Les cas graves passent en premier — ${m}.`, want: [m], why: 'belittles the complaint' })),
  { lang: 'fr', text: "Ce n'est pas si compliqué : remplissez le formulaire en ligne.", want: [], why: 'reassurance, without "quand même"' },
  { lang: 'fr', text: 'Si vous prenez le temps de lire le guide, vous trouverez les horaires.', want: [], why: 'a present-tense suggestion' },
];

describe('grammarPutDowns by dimension', () => {
  for (const r of ROWS) {
    it(`${r.lang}: ${r.want.length ? 'finds' : 'leaves'} "${r.text}" (${r.why})`, () => {
      const got = grammarPutDowns(r.lang, r.text).map((p) => r.text.slice(p.start, p.end));
      expect(r.prefix ? got.map((g, i) => (g.startsWith(r.want[i] ?? '\u0000') ? r.want[i] : g)) : got).toEqual(r.want);
    });
  }
});

// End to end: the same classes in a reply (whatever the organisation), nothing in a post answering no one.
describe('reply exasperation end to end', () => {
  const cases: Array<{ text: string; lang?: string[]; rule: string; flagged: string[]; why: string }> = [
    { text: "Hi Linda, as we've explained on here more than once, a barking dog is not a 911 call. Animal Control will call you.", rule: 'tone/hostile-reply', flagged: ["as we've explained on here more than once"], why: 'a counted reminder' },
    { text: 'Buses were cancelled at 6:15. It was on our website and the radio 🙄 Maybe check one of those next time?', rule: 'tone/hostile-reply', flagged: ['🙄', 'Maybe check one of those next time'], why: 'an emoji ends the sentence before a blaming suggestion' },
    { text: "Thanks Bev. The charges pay for gritting and lighting, which is all on the website for anyone who looks: we review them every April.", rule: 'tone/hostile-reply', flagged: ['for anyone who looks:'], why: 'the answer there for anyone who bothers' },
    { text: "Hi Tom, the priority routes are set out in our plan (and it'd be worth reading it properly this time).", rule: 'tone/hostile-reply', flagged: ['reading it properly this time'], why: 'reading properly this time' },
    { text: "Thanks for getting in touch. To be fair, a few cars doing 35 isn't exactly a crime wave.", rule: 'tone/hostile-reply', flagged: ["isn't exactly a crime wave"], why: 'a minimiser' },
    { text: 'As we explained in our letter of 3 May, collections are on Tuesdays. Thanks for your patience.', rule: 'tone/hostile-reply', flagged: [], why: 'a reference, no count' },
    { text: 'Bonjour, merci. Cela dit, si tout le monde respectait le 50 km/h, les jantes s\u2019en porteraient mieux 😉', lang: ['fr-CA'], rule: 'tone/hostile-reply-other-languages', flagged: ['si tout le monde respectait'], why: 'a French counterfactual blame' },
    { text: 'Go raibh maith agat as é sin a insint dúinn don cheathrú huair. Níl an bóthar ar an ngréasán.', lang: ['ga'], rule: 'tone/hostile-reply-other-languages', flagged: ['é sin a insint dúinn don cheathrú huair'], why: 'Irish exasperation' },
  ];
  const ORGS = ['Alder County Sheriff', 'Drumlinn and Carrow Housing', 'Kilrowan County Council'];
  for (const c of cases) {
    it(`${c.flagged.length ? 'flags' : 'leaves'} "${c.text}" (${c.why})`, async () => {
      for (const org of ORGS) {
        const linter = await createLinter({ locale: 'en-GB', organisation: { name: org } });
        for (const reply of [true, false]) {
          // (The languages as a bilingual draft gives them, in its frontmatter.)
          const text = c.lang ? `---\nlang: [${c.lang.join(', ')}]\n---\n${c.text}` : c.text;
          const res = await linter.lintAsync(text, { meta: reply ? { replyTo: 'Why?' } : {} });
          const got = res.findings.filter((f) => f.ruleId === c.rule && !f.message.includes('judged by meaning')).map((f) => text.slice(f.offset, f.endOffset));
          expect(got, `${org} ${reply ? 'reply' : 'post'}`).toEqual(reply ? c.flagged : []);
        }
      }
    });
  }
});
