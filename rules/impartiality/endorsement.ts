// impartiality/endorsement: an official account recommending a named business, praising its prices or
// sharing its discount codes. "We recommend you check your smoke alarm" and "we recommend booking early"
// are advice, not endorsement: a recommendation needs a named business after it.
import { z } from 'zod';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { withJudgement } from '../../src/text/semantic/check.js';
import { lazyRegExp } from '../../src/text/lazy-regexp.js';
import { sentenceAt } from '../../src/text/sentence-at.js';
import { hasAnyOf } from '../../src/text/gate.js';
import { escapeRegExp } from '../../src/text/terms.js';
import referrals from './endorsement-referrals.json' with { type: 'json' };

const W = String.raw`[ \u00a0]+`;
// A business name: capitalised words (with &, ', digits) and a company suffix, or capitalised words in a
// sentence that also talks prices or deals. Bounded to six words.
const CAP = String.raw`(?:\p{Lu}[\p{L}\p{N}'’.-]*|&)`;
const SUFFIX = String.raw`(?:Ltd\.?|Limited|Inc\.?|Incorporated|Pty(?:${W}Ltd\.?)?|LLC|LLP|PLC|plc|Co\.|Corp\.?|GmbH|&${W}Sons|&${W}Co\.?|and${W}Sons)`;
const BUSINESS = String.raw`${CAP}(?:${W}${CAP}){0,5}(?:${W}${SUFFIX})?`;
const RECOMMEND = String.raw`\b(?:[Ww]e|I)(?:['’]d|${W}would)?${W}(?:(?:highly|strongly|thoroughly|really|definitely|always)${W})?(?:recommend|endorse|suggest${W}using|suggest${W}you${W}use|swear${W}by)${W}(?:using${W}|going${W}to${W}|visiting${W}|the${W}(?:team${W}at${W}|folks${W}at${W})?)?`;
const COMMERCIAL = /\b(?:price|prices|priced|cheap|cheapest|deal|deals|offer|offers|discount|discounts|bargain|value|quote|quotes|£|\$|€|\d+%|best|better|finest|top|number[ \u00a0]+one|unbeatable)\b|[£$€]/iu;
// Public services and charities the council refers people to are not endorsement.
const PUBLIC = /^(?:NHS|GP|GPs|Samaritans|Citizens|Shelter|Mind|Age|Police|Crimestoppers|Childline|Trading|Action|Healthwatch|Council|Government|the|The|Your|Our|This|That|These|It|They|You|We|A|An|Lifeline|Beyond|Headspace|Kids|Service|Services)\b/u;

// A name that is clearly a business or product: a company suffix, "Bros.", "& Cooling", CamelCase (TurboTax),
// or a trade mark sign.
// A word of a name is at most 40 characters after its capital: these patterns may start at any capital,
// so an unbounded word would be read again from each capital of a long run ('AAAA…' was quadratic).
const BRAND = String.raw`(?:\p{Lu}[\p{L}\p{N}'’.-]{0,40}${W}){0,4}(?:\p{Lu}[\p{L}'’.-]{0,40}${W})?(?:${SUFFIX}|Bros\.?|Brothers|&${W}\p{Lu}[\p{L}]+|Company|Group)(?:${W}\p{Lu}[\p{L}'’.&-]{0,40}){0,3}|\b\p{Lu}\p{Ll}+\p{Lu}[\p{L}]*\b|\p{Lu}[\p{L}\p{N}]{1,40}[®™]`;
const HAS_BRAND = lazyRegExp(BRAND, 'u');
// "… range from Highland Mobility Ltd": the maker of a product named before it. With "the" before the
// product ("swear by the Highway Code" is no product), only a maker makes it commercial.
const MAKER = String.raw`${W}(?:range|products?|line|kit|brand|models?|devices?|equipment|app)${W}(?:from|by|made${W}by)${W}${CAP}(?:${W}${CAP}){0,4}`;
// A trading name in the owner's possessive and a trade: "Jim's Garage", "Big Jim's Tire Shop", "Mario's Pizza".
// Holidays in the possessive ("Mother's Day Market") are events, not traders.
const TRADE_NAME = String.raw`(?:\p{Lu}[\p{L}'’-]{0,40}${W}){0,2}\p{Lu}\p{Ll}+['’]s(?!${W}(?:Day|Eve)\b)(?:${W}\p{Lu}[\p{L}'’-]{0,40}){0,2}${W}(?:Garage|Bakery|Cafe|Café|Diner|Kitchen|Pizza|Pizzeria|Oven|Plumbing|Electrical|Electrics|Auto|Autos|Motors|Tyres|Tires|Repairs|Hardware|Pharmacy|Chemist|Salon|Barbers?|Deli|Butchers?|Bistro|Grill|Bar|Pub|Inn|Tavern|Store|Shop|Services|Removals|Roofing|Builders|Heating|Cleaning|Landscaping|Towing|Coffee|Bakehouse|Takeaway|Chippy)\b`;
const PLATFORMS = /^(?:WhatsApp|YouTube|LinkedIn|TikTok|FaceTime|Nextdoor|NextDoor|GovUK|MyGov|myGov|MyHealth|NHSApp)\b/u;
const SUPERLATIVE = String.raw`(?:best|easiest|cheapest|fastest|most${W}(?:reliable|trusted|affordable|professional|helpful|popular)|top|greatest|finest|number${W}one|No\.?${W}?1|#1|go-to|only${W}(?:company|firm|one))`;
// One of these is in every SUPERLATIVE, bounded on both sides ("No.1" and "#1" hold "1", "No1" is one word).
const SUPERLATIVE_WORDS = ['best', 'easiest', 'cheapest', 'fastest', 'most', 'top', 'greatest', 'finest', 'number', 'no', 'no1', '1', 'go', 'only'];

// `words`: lower-case words of which every match holds one, bounded on both sides; `also`: a second such
// list (both must be met); `literal`: a string every match contains (the pattern is case-sensitive there).
// A draft without them skips the pattern (a Set lookup, see Document.words).
const PATTERNS: ReadonlyArray<{ words?: readonly string[]; also?: readonly string[]; literal?: string; re: () => RegExp; kind: 'recommend' | 'superlative' | 'code' | 'brand' | 'recommend-it' }> = [
  // "Miller Bros. Heating & Cooling is the most reliable company in the county", "TurboTax is the easiest way".
  // The business may carry its town: "Big Jim's Tire & Auto in Marlow is the best in town".
  { words: SUPERLATIVE_WORDS, also: ['is', 'are'], re: lazyRegExp(String.raw`(?:${BRAND}|${TRADE_NAME})(?:${W}(?:in|on|at|of)${W}\p{Lu}[\p{L}'’-]+(?:${W}\p{Lu}[\p{L}'’-]+){0,2})?${W}(?:is|are)${W}(?:by${W}far${W}|simply${W}|easily${W})?(?:the|our)${W}${SUPERLATIVE}\b[^.!?\n]{0,60}`, 'gu'), kind: 'brand' },
  { words: SUPERLATIVE_WORDS, also: ['company', 'companies', 'firm', 'business', 'builder', 'builders', 'plumber', 'plumbers', 'electrician', 'electricians', 'garage', 'provider', 'supplier', 'shop', 'store', 'restaurant', 'cafe', 'caf', 'brand', 'product', 'app', 'installer', 'contractor', 'dealer'], re: lazyRegExp(String.raw`\bthe${W}${SUPERLATIVE}${W}(?:company|companies|firm|business|builders?|plumbers?|electricians?|garage|provider|supplier|shop|store|restaurant|caf[eé]|brand|product|app|installer|contractor|dealer)${W}(?:in|around|across)${W}(?:town|the${W}(?:area|city|region|county|borough|district|village|state|country|valley)|\p{Lu}\p{Ll}+)\b`, 'giu'), kind: 'superlative' },
  { words: ['recommend'], re: lazyRegExp(String.raw`\b(?:[Ww]e|I)${W}(?:(?:highly|strongly|thoroughly|really|definitely|always)${W})?recommend${W}(?:it|them|this${W}(?:product|app|service|company|firm|tool|software))\b`, 'gu'), kind: 'recommend-it' },
  { words: ['recommend', 'endorse', 'suggest', 'swear'], re: lazyRegExp(RECOMMEND + BUSINESS, 'gu'), kind: 'recommend' },
  { words: ['best', 'cheapest', 'lowest', 'unbeatable', 'finest'], re: lazyRegExp(String.raw`\b(?:the${W})?(?:best|cheapest|lowest|unbeatable|finest)${W}(?:prices?|deals?|value|rates|offers?|service|coffee|food|pizza|burgers?|fish${W}and${W}chips|curry|pub|shop|garage|builders?|plumbers?|electricians?)${W}(?:in|around)${W}(?:town|the${W}(?:area|city|region|county|borough|district|village|state|country)|Riverside|\p{Lu}\p{Ll}+)\b`, 'giu'), kind: 'superlative' },
  { words: ['best', 'cheapest', 'tastiest', 'finest'], also: ['town'], re: lazyRegExp(String.raw`\bthe${W}(?:best|cheapest|tastiest|finest)${W}[\p{Ll}-]+(?:${W}[\p{Ll}-]+)?${W}in${W}town\b`, 'gu'), kind: 'superlative' },
  // Staff or the organisation vouching for a named business: "Council staff swear by Hillcrest Hot Bread".
  // Staff of any profession ("Our occupational therapists swear by the StairEase range from Highland
  // Mobility Ltd"): the product, and the maker when the sentence names it.
  { words: ['swear', 'rave', 'enough'], re: lazyRegExp(String.raw`\b(?:(?:[Cc]ouncil|[Oo]ur|[Tt]he)${W})?(?:(?:[\p{Ll}-]+${W})?(?:staff|team|teams|officers|crew|crews|therapists|nurses|doctors|GPs|pharmacists|engineers|inspectors|rangers|librarians|paramedics|firefighters|carers|workers|colleagues|experts|specialists|advisers|advisors)|[Ww]e|everyone${W}(?:here|at${W}the${W}council))${W}(?:all${W})?(?:swear${W}by|rave${W}about|can['’]t${W}get${W}enough${W}of)${W}(?:${CAP}(?:${W}${CAP}){0,5}(?:${MAKER})?|the${W}${CAP}(?:${W}${CAP}){0,3}${MAKER})`, 'gu'), kind: 'brand' },
  { words: ['beat'], re: lazyRegExp(String.raw`\b[Yy]ou${W}(?:can['’]t|cannot|can${W}not)${W}beat${W}(?:(?:their|its|the|our)${W}(?:prices?|deals?|value|service|quality|offers?)|\p{Lu}[\p{L}'’]+)`, 'gu'), kind: 'superlative' },
  { words: ['unbeatable', 'rock', 'rockbottom', 'bargain'], re: lazyRegExp(String.raw`\b(?:unbeatable|rock-?bottom|bargain)${W}(?:prices?|deals?|value)\b`, 'giu'), kind: 'superlative' },
  { literal: 'code', re: lazyRegExp(String.raw`\b(?:(?:[Uu]se|[Uu]sing|[Ee]nter|[Aa]pply|[Ww]ith|[Qq]uote)${W}(?:the${W}|our${W}|my${W})?(?:(?:promo|promotional|discount|voucher|coupon|offer)${W})?code[ \u00a0]{0,8}:?[ \u00a0]{0,8}["“']?(?=[A-Z0-9-]{3,20}\b)(?=[A-Z0-9-]*[A-Z])[A-Z0-9-]{3,20}|(?:[Pp]romo|[Dd]iscount|[Vv]oucher|[Cc]oupon)${W}code\b)`, 'gu'), kind: 'code' },
  // A discount for naming the post or the organisation at the till: a promo code by another name ("mention
  // this post for 10% off", "show this post to get a free coffee").
  { words: ['mention', 'show', 'quote'], re: lazyRegExp(String.raw`\b(?:[Mm]ention|[Ss]how|[Qq]uote)${W}(?:this${W}(?:post|ad|page|tweet)|us|our${W}(?:name|page|post))${W}(?:at${W}(?:the${W})?(?:till|counter|checkout|register|front${W}desk|bar)${W}|in${W}(?:store|-store)${W}|when${W}you${W}(?:order|book|pay)${W})?(?:for|to${W}get|and${W}get)${W}(?:\d{1,2}[ \u00a0]?%|\d{1,2}[ \u00a0]?per[ \u00a0]?cent|a${W}(?:free|discount|discounted)|(?:10|15|20|25|50)${W}percent)`, 'gu'), kind: 'code' },
  // A code without the word "code", handed in at the till for a discount: "Quote CFRS15 at the till for 15%
  // off", "Use SPRING20 at checkout to get 20% off". The discount after it makes it one (a reference number
  // quoted "for a faster reply" is not).
  { words: ['quote', 'use', 'enter', 'mention', 'show', 'apply', 'give'], also: ['off'], re: lazyRegExp(String.raw`\b(?:[Qq]uote|[Uu]se|[Ee]nter|[Mm]ention|[Ss]how|[Aa]pply|[Gg]ive)${W}["“']?(?=[A-Z0-9-]{3,20}\b)(?=[A-Z0-9-]*[A-Z])[A-Z0-9-]{3,20}["”']?(?:${W}(?:at${W}(?:the${W})?(?:till|counter|checkout|register|front${W}desk|bar)|online|in${W}(?:store|-store)|when${W}(?:ordering|booking|paying|you${W}(?:order|book|pay)))){0,2}${W}(?:for|to${W}get|and${W}get)${W}(?:\d{1,2}[ \u00a0]?%|\d{1,2}[ \u00a0]?per[ \u00a0]?cent|(?:10|15|20|25|50)${W}percent)${W}off\b`, 'gu'), kind: 'code' },
  { literal: '%', re: lazyRegExp(String.raw`\b\d{1,2}%${W}off${W}(?:at|with|from|in)${W}\p{Lu}[\p{L}'’&-]+(?:${W}\p{Lu}[\p{L}'’&-]+){0,3}`, 'gu'), kind: 'code' },
];

// Sending residents to one trader, and praise of it beyond a listed noun, when the sentence or the one
// before names a business (a trading name, a brand, or capitalised words and a trade: "Grindstone
// Coffee"): "We always point people to Harlow's Hardware", "the best biscuits and gravy in the county",
// "If you haven't been, go this weekend!", "Skip the chains". A referral to a public service ("we refer
// people to Citizens Advice") and a civic call ("go and vote today") name no business.
const TRADES = String.raw`(?:Garage|Bakery|Cafe|Café|Diner|Kitchen|Pizza|Pizzeria|Oven|Plumbing|Electrical|Motors|Tyres|Tires|Hardware|Pharmacy|Chemist|Salon|Barbers?|Deli|Butchers?|Bistro|Grill|Pub|Tavern|Store|Shop|Roofing|Builders|Coffee|Espresso|Roasters|Bakehouse|Takeaway|Brewery|Brewing|Boutique|Florist|Books|Bookshop|Bookstore|Market|Pantry|Larder|Tearooms?|Tea${W}Rooms|Patisserie|Creamery|Eatery|Grocers?|Greengrocers?|Emporium|Parlour|Parlor|Chocolatier|Systems|Solutions|Technologies|Software|Consulting|Contracting|Construction|Engineering|Paving|Hire|Landscaping|Logistics)`;
// Trading names that open with the trade, as French, Irish and Welsh write them ("Boulangerie Chez
// Ginette", "Siopa Leabhar an Phobail", "Caffi'r Hen Orsaf"): the trade word and a capitalised word after it.
const TRADE_FIRST = String.raw`(?<![\p{L}])(?:Boulangerie|P[âa]tisserie|Fromagerie|[ÉE]picerie|Librairie|Brasserie|Boucherie|Pharmacie|Quincaillerie|Fleuriste|Caf[ée]|Cafe|Bistro|Siopa|Caifé|Bialann|Siop|Caffi|Becws|Tafarn)(?:['’]r)?${W}(?:(?:Chez|du|de|des|de${W}la|an|na|y|yr)${W})?\p{Lu}[\p{L}'’-]{1,40}`;
const BUSINESS_NAMED = lazyRegExp(String.raw`${TRADE_NAME}|${BRAND}|${TRADE_FIRST}|(?<![\p{L}])\p{Lu}[\p{L}'’-]{0,40}(?:${W}\p{Lu}[\p{L}'’-]{0,40}){0,2}${W}${TRADES}(?![\p{L}\p{N}])`, 'u');
const BACK_REFERENCE = /\b(?:their|them|they)\b/iu;
// The recommendations of ./endorsement-referrals.json, either apostrophe, any run of spaces.
const REFERRAL = String.raw`(?<![\p{L}\p{N}])(?:${referrals.phrases
  .slice()
  .sort((a, b) => b.length - a.length)
  .map((p) => p.split(' ').map((w) => escapeRegExp(w).replace(/'/gu, "['’]")).join(W))
  .join('|')})(?![\p{L}\p{N}])`;
// A cheap gate for all of STEER: a word (as a substring, any case) that every match holds. The referral
// phrases give their first words, so a phrase added to the data file is never gated out.
const STEER_HINT = new RegExp(
  [...new Set(['point', 'send', 'sent', 'direct', 'steer', 'refer', 'best', 'better', 'nicer', 'tastier', 'cheaper', 'friendlier', 'tastiest', 'finest', 'cheapest', 'friendliest', 'skip', 'haven', 'grab', 'get', 'try', 'order', 'buy', 'tell', 'say', 'mention', 'let', ...referrals.phrases.map((p) => p.split(' ')[0]!.split(/['’]/u)[0]!)])].map(escapeRegExp).join('|'),
  'iu',
);
// `words`: every match has one of these words (whole, any case): a draft without them skips the pattern.
const STEER: ReadonlyArray<{ re: () => RegExp; what: string; named: boolean; words?: readonly string[] }> = [
  { re: lazyRegExp(REFERRAL, 'giu'), what: 'Recommending one business', named: true },
  // The business follows the verb: it must be one (not "NHS 111", "Citizens Advice").
  { words: ['point', 'points', 'send', 'sends', 'direct', 'directs', 'steer', 'steers', 'refer', 'refers'], re: lazyRegExp(String.raw`\b(?:[Ww]e|I|[Oo]ur${W}(?:staff|team|crews?|officers))${W}(?:(?:always|often|usually|regularly|happily|just)${W})?(?:point|points|send|sends|direct|directs|steer|steers|refer|refers)${W}(?:people|residents|everyone|folks|customers|visitors|families|them|you|anyone)${W}(?:straight${W})?(?:to|towards|over${W}to|down${W}to)${W}(?:${TRADE_NAME}|${BRAND}|\p{Lu}[\p{L}'’-]{0,40}(?:${W}\p{Lu}[\p{L}'’-]{0,40}){0,2}${W}${TRADES}(?![\p{L}\p{N}]))`, 'gu'), what: 'Sending residents to one business', named: false },
  { words: ['best', 'tastiest', 'finest', 'cheapest', 'friendliest'], re: lazyRegExp(String.raw`\b(?:(?:honestly|simply|easily|hands${W}down)${W})?(?:the|our)${W}(?:best|tastiest|finest|cheapest|friendliest)${W}(?:[\p{Ll}-]{2,20}${W}){1,4}?(?:in|around|on)${W}(?:town|the${W}(?:area|city|region|county|borough|district|village|state|country|valley|world|neighbou?rhood|island)|\p{Lu}\p{Ll}{2,30})\b`, 'giu'), what: 'Praising a business\u2019s quality', named: true },
  // Praise by comparison with the competition: "much better than the place across the road", "far nicer
  // than the chains". A comparison of public services ("better than last year") names no rival trader.
  { words: ['than'], re: lazyRegExp(String.raw`\b(?:(?:much|far|way|miles|so${W}much|a${W}lot|loads|streets)${W})?(?:better|nicer|tastier|cheaper|friendlier)${W}than${W}(?:the|that|those|any|every|all${W}the|other|most)${W}(?:[\p{Ll}-]{2,20}${W}){0,2}?(?:place|places|one|ones|shops?|caf[eé]s?|chains?|competition|rest|others|lot|spots?|bakery|bakeries|pubs?|takeaways?|supermarkets?|garages?|stores?|big${W}(?:chains|brands|names))\b(?:${W}(?:across|down|up|over|on|in|round)${W}the${W}(?:road|street|way|corner|town|hill|square))?`, 'giu'), what: 'Praising a business over its competitors', named: true },
  // Sending residents with the organisation's name as their introduction: "Tell them Carrigmore Libraries
  // sent you!", "Say we sent you". A referral to a public service says "ask for", not "sent you".
  { words: ['sent'], re: lazyRegExp(String.raw`\b(?:[Tt]ell|[Ss]ay|[Mm]ention|[Ll]et${W}them${W}know)${W}(?:(?:them|the${W}(?:staff|team|owners?))${W})?(?:that${W})?(?:we|us|\p{Lu}[\p{L}'’-]{0,40}(?:${W}\p{Lu}[\p{L}'’-]{0,40}){0,3})${W}sent${W}you\b`, 'gu'), what: 'Sending residents to one business', named: true },
  { words: ['chains', 'brands', 'names', 'haven', 'grab', 'get', 'try', 'order', 'buy'], re: lazyRegExp(String.raw`\b(?:[Ss]kip${W}the${W}(?:chains|big${W}(?:chains|brands|names))|[Ii]f${W}you${W}haven['’]t${W}(?:been|tried${W}(?:it|them|their${W}[\p{Ll}-]{2,20})|visited)(?:${W}yet)?,?${W}(?:go|get${W}(?:down|over)${W}there|head${W}(?:down|over)|pop${W}in|treat${W}yourself)|(?:[Gg]o|[Hh]ead${W}(?:down|over)|[Pp]op${W}in)(?:${W}and)?${W}(?:grab|get|try|order|buy)${W}(?:yours|one|some|a${W}[\p{Ll}-]{2,20})(?:${W}(?:today|now|this${W}weekend|there))?)`, 'gu'), what: 'Sending residents to one business', named: true },
];

function steering(ctx: RuleContext, taken: Array<[number, number]>): void {
  const { prose, text } = ctx.doc;
  const from = ctx.doc.bodyOffset;
  const body = prose.slice(from);
  if (!STEER_HINT.test(body)) return;
  const sentences = ctx.doc.sentences();
  const words = ctx.doc.words();
  for (const { re, what, named, words: needs } of STEER) {
    if (needs && !hasAnyOf(words, needs)) continue;
    for (const m of body.matchAll(re())) {
      const s = from + m.index;
      const e = s + m[0].length;
      if (taken.some(([a, b]) => s < b && a < e)) continue;
      if (named) {
        const here = sentenceAt(ctx.doc, s);
        const i = here ? sentences.indexOf(here) : -1;
        const post = ctx.posts.find((p) => s >= p.offset && s < p.endOffset);
        const prev = i > 0 && post && sentences[i - 1]!.offset >= post.offset ? sentences[i - 1]! : undefined;
        // A phrase pointing back at the business ("give their team a call") may follow its name anywhere
        // earlier in the post ("… a contract with Vayda Fare Systems … give their team a call").
        const back = post !== undefined && BACK_REFERENCE.test(m[0]);
        const span = prose.slice(back ? post.offset : (prev?.offset ?? here?.offset ?? Math.max(0, s - 160)), here?.endOffset ?? e);
        const biz = BUSINESS_NAMED().exec(span);
        // ("The Corner Pantry": a trading name may open with "The"; the words after it decide.)
        const bizName = biz ? biz[0].replace(/^The[ \u00a0]+(?=\p{Lu})/u, '') : '';
        if (!biz || PUBLIC.test(bizName) || PLATFORMS.test(bizName)) continue;
        if (prose[e] === '?') continue;
      }
      taken.push([s, e]);
      ctx.report({ offset: s, endOffset: e, message: `${what} ("${text.slice(s, e)}") is commercial endorsement: official accounts must not promote one trader over others.` });
    }
  }
}

export default defineRule(withJudgement('endorsement', 'Read as a whole, this endorses one business or product: a public body may name who hosts or supplies a service, but not promote one trader over others.', {
  id: 'impartiality/endorsement',
  category: 'impartiality',
  description: 'Commercial endorsement: recommending a named business, praising its prices, sharing discount codes.',
  docs: {
    rationale: 'Public bodies must not use their position to endorse a product, service or enterprise (5 CFR 2635.702; GCS propriety; APS Code of Conduct).',
    flagged: ['We recommend Acme Heating Ltd for the best prices in town!', 'Use code SAVE20 for 20% off.', 'You can\'t beat their prices.'],
    clean: ['We recommend you check your smoke alarm once a month.', 'We recommend booking early.', 'We recommend NHS 111 for urgent advice.', 'You can\'t beat a walk in the park on a sunny day.'],
  },
  defaultSeverity: 'warning',
  topics: ['endorsement'],
  languages: ['en'],
  options: z.object({}).strict(),
  check(ctx) {
    const { prose, text } = ctx.doc;
    const from = ctx.doc.bodyOffset;
    const body = prose.slice(from);
    const words = ctx.doc.words();
    const taken: Array<[number, number]> = [];
    steering(ctx, taken);
    const candidates = PATTERNS.filter(({ words: needs, also, literal }) => (!needs || hasAnyOf(words, needs)) && (!also || hasAnyOf(words, also)) && (!literal || body.includes(literal)));
    if (candidates.length === 0) return;
    if (!/mention|show|quote|use|enter|apply|recommend|endorse|suggest|swear|best|cheapest|lowest|unbeatable|finest|beat|bargain|rock|code|% off|easiest|fastest|most|top|greatest|number|#1|go-to|only/iu.test(body)) return;
    for (const { re, kind } of candidates) {
      for (const m of body.matchAll(re())) {
        const s = from + m.index;
        let e = s + m[0].length;
        if (kind === 'recommend') {
          const recommend = new RegExp(`^${RECOMMEND}`, 'u').exec(m[0]);
          const name = m[0].slice(recommend ? recommend[0].length : 0).replace(/(?<![ \u00a0])[ \u00a0]+(?:for|to|and|at|in|on)$/u, '');
          if (PUBLIC.test(name)) continue;
          const hasSuffix = new RegExp(`${SUFFIX}$`, 'u').test(name);
          const sentence = sentenceAt(ctx.doc, s);
          const rest = sentence ? prose.slice(e, sentence.endOffset) : prose.slice(e, e + 120);
          if (!hasSuffix && !COMMERCIAL.test(rest)) continue;
          e = s + (recommend ? recommend[0].length : 0) + name.length;
        }
        // A question ("The best pie in town?") asks rather than endorses; a platform the organisation uses to
        // talk to people (WhatsApp, YouTube) is a channel, not a product being promoted.
        if (kind === 'superlative' && prose[e] === '?') continue;
        if (kind === 'brand' && PLATFORMS.test(m[0])) continue;
        // "We recommend it" endorses only when the sentence names a business or product.
        if (kind === 'recommend-it') {
          const sentence = sentenceAt(ctx.doc, s);
          if (!HAS_BRAND().test(sentence ? prose.slice(sentence.offset, sentence.endOffset) : m[0])) continue;
        }
        if (taken.some(([a, b]) => s < b && a < e)) continue;
        taken.push([s, e]);
        const what = kind === 'recommend' || kind === 'brand' || kind === 'recommend-it' ? 'Recommending a named business or product' : kind === 'code' ? 'Sharing a discount code or offer' : 'Praising a business\u2019s prices or quality';
        ctx.report({ offset: s, endOffset: e, message: `${what} ("${text.slice(s, e)}") is commercial endorsement: official accounts must not promote a business.` });
      }
    }
  },
}));
