#!/usr/bin/env node
// Generates corpus/sentences/g-tables/<family>.jsonl: labelled sentences built by dimension (label word ×
// tense × agent form × jurisdiction × register) for the classes of judgement the blind writers wrote too
// few of (celebrating an arrest, a relative clause stating the act, third-person fault, offers to pay,
// counterfactual regret; sarcasm, mock sympathy, pet names, blaming the resident; campaign calls; praise
// of a named business), each positive next to its near-misses (a neutral charge, "sorry for the delay",
// "should have an update", a contractor named, polite-firm replies, civic calls to vote). Every line says
// why. Names, places, numbers and organisations vary by jurisdiction, so no verdict can hang on one of them.
// Deterministic: the same script writes the same files.
//
//   node scripts/generate-sentence-tables.mjs      (then node scripts/train-classifier.mjs)
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'corpus/sentences/g-tables');
const WRITER = 'g-tables';

const J = [
  { j: 'US', self: 'the County', org: 'Maple Falls County', names: ['Jordan Price', 'Maria Lopez'], town: 'Elmwood', street: 'Oak Ridge Road', court: 'Maple Falls District Court', biz: "Dottie's Diner", dish: 'pancakes', area: 'county', date: 'November 4', vote: 'vote', url: 'maplefallscounty.gov', party: ['Republicans', 'Democrats'] },
  { j: 'UK', self: 'the Council', org: 'Northfield Borough Council', names: ['Liam Hart', 'Sophie Clarke'], town: 'Ashby', street: 'Mill Lane', court: "Northfield Magistrates' Court", biz: "Marco's Chippy", dish: 'fish and chips', area: 'borough', date: '7 May', vote: 'vote', url: 'northfield.gov.uk', party: ['Labour', 'the Conservatives'] },
  { j: 'CA', self: 'the Authority', org: 'Riverbend Health Authority', names: ['Ethan Roy', 'Chloe Tremblay'], town: 'Riverbend', street: 'Birch Avenue', court: 'Riverbend Provincial Court', biz: 'Maple Leaf Bakery', dish: 'butter tarts', area: 'valley', date: 'Oct. 21', vote: 'vote', url: 'riverbendhealth.ca', party: ['the NDP', 'the Liberals'] },
  { j: 'NZ', self: 'the Council', org: 'Kahurangi District Council', names: ['Tama Walker', 'Mere Thompson'], town: 'Motueka', street: 'Pah Street', court: 'Nelson District Court', biz: "Kowhai Café", dish: 'pies', area: 'district', date: '11 October', vote: 'tick', url: 'kahurangidc.govt.nz', party: ['National', 'Labour'] },
  { j: 'AU', self: 'the City', org: 'City of Banksia', names: ['Jack Nguyen', 'Olivia Brown'], town: 'Banksia', street: 'Wattle Street', court: 'Banksia Local Court', biz: "Bondi Bean Espresso", dish: 'coffee', area: 'city', date: '14 September', vote: 'vote', url: 'banksia.nsw.gov.au', party: ['the Coalition', 'Labor'] },
];

const rows = { guilt: [], admission: [], condescension: [], partisanship: [], endorsement: [], 'special-category': [] };
// A sentence that comes out the same in several rows is kept once (its first row's jurisdiction and why).
const seen = new Set();
const add = (family, label, text, x, kind, register, why) => {
  if (seen.has(`${family}\u0000${text}`)) return;
  seen.add(`${family}\u0000${text}`);
  rows[family].push({ text, family, label, register, jurisdiction: x.j, kind, writer: WRITER, why });
};

const LABELS = ['thug', 'scumbag', 'thief', 'burglar', 'attacker', 'culprit', 'lowlife', 'crook', 'vandal', 'fraudster', 'rogue trader', 'robber'];
const ACTS = [
  ['beat', 'a shop worker', 'assault'],
  ['robbed', 'a pensioner', 'robbery'],
  ['stole', 'three cars', 'theft'],
  ['broke into', 'the sports pavilion', 'burglary'],
  ['set fire to', 'the community hall', 'arson'],
  ['stabbed', 'a man', 'wounding'],
];
const CELEBRATIONS = [
  ['Good riddance.', 'celebrates the arrest as justice done'],
  ["He's behind bars where he belongs.", 'says custody is deserved: presumes guilt'],
  ["Hopefully he gets what's coming to him.", 'wishes punishment on a charged person'],
  ['Justice has been served.', 'treats the charge as the verdict'],
  ["Let's hope they throw away the key.", 'wishes a sentence before any trial'],
  ['One less criminal on our streets.', 'calls the charged person a criminal'],
];

ACTS.forEach(([act, victim, offence], a) => {
  J.forEach((x, k) => {
    const name = x.names[(a + k) % 2];
    const label = LABELS[(a * 5 + k) % LABELS.length];
    const tense = (a + k) % 2 ? 'has been charged' : 'was arrested';
    // Positives.
    add('guilt', 1, `The ${label} who ${act} ${victim} on ${x.street} ${tense} and will appear at ${x.court}.`, x, 'post', 'formal', `label "${label}" and a relative clause stating the act for someone who ${tense.replace(/^(has been|was) /, 'is ')}`);
    add('guilt', 1, `${name}, ${24 + a + k}, the man who ${act} ${victim} in ${x.town} on Saturday night, ${tense}.`, x, 'post', 'formal', 'a relative clause states the act as fact about the named accused');
    const [cel, why] = CELEBRATIONS[(a + k) % CELEBRATIONS.length];
    add('guilt', 1, `${name} has been charged with ${offence}. ${cel}`, x, 'post', 'casual', why);
    add('guilt', 1, `Great result: the ${label} behind the ${offence} in ${x.town} has finally been caught and charged. ${CELEBRATIONS[(a + k + 2) % CELEBRATIONS.length][0]}`, x, 'post', 'casual', `offender label "${label}" for a charged person, and celebration`);
    // Near-misses: the same facts, stated neutrally.
    add('guilt', 0, `${name}, ${24 + a + k}, of ${x.town}, has been charged with ${offence} and will appear at ${x.court} on Monday.`, x, 'post', 'formal', 'neutral report of a charge: name, age, town, offence, court date');
    add('guilt', 0, `He's charged with ${offence} and remains in custody.`, x, 'post', 'formal', 'the charge alone, no assertion');
    add('guilt', 0, `A ${24 + a + k}-year-old man has been arrested on suspicion of ${offence} after an incident on ${x.street}.`, x, 'post', 'formal', 'arrest on suspicion, hedged');
    add('guilt', 0, `${name} is accused of ${offence} and is presumed innocent until proven guilty.`, x, 'post', 'formal', 'accusation with the presumption of innocence');
    add('guilt', 0, `Police are looking for the man who ${act} ${victim} on ${x.street}. Anyone with information should call us.`, x, 'post', 'formal', 'an appeal: no one is arrested or charged, so stating the act prejudices no trial');
    add('guilt', 0, `${name} was found guilty of ${offence} at ${x.court} and jailed for ${2 + a} years.`, x, 'post', 'formal', 'after conviction the act may be stated');
    add('guilt', 0, `${name} has been charged with ${offence}. Thank you to everyone who called in with information.`, x, 'post', 'casual', 'thanks for tips, not a celebration of guilt');
  });
});

const ITEMS = [['windshield', 'mailbox'], ['car tyre', 'wheel rim'], ['fence', 'letterbox'], ['medical bills', 'time off work'], ['vet bill', 'kennel fees'], ['phone', 'glasses']];
const FIXES = ['fixed', 'repaired', 'inspected', 'cleared', 'replaced', 'resurfaced'];
ITEMS.forEach(([item, item2], a) => {
  J.forEach((x, k) => {
    const Self = x.self.replace(/^the/, 'The');
    add('admission', 1, `Our driver was going too fast and it's entirely ${x.self}'s fault.`, x, 'reply', 'casual', 'third-person fault: the organisation named as the one at fault');
    add('admission', 1, `You're right, and we should have ${FIXES[(a + k) % FIXES.length]} it long before now.`, x, 'reply', 'casual', 'counterfactual regret: "should have" with a past participle, said by the organisation');
    add('admission', 1, `This one's on us, and we'll cover your ${item} and ${item2}.`, x, 'reply', 'casual', '"on us" as fault, and an offer to pay');
    add('admission', 1, `${Self} will cover the full cost of your ${item}, no questions asked.`, x, 'reply', 'formal', 'the organisation in the third person offering to pay outside the claims process');
    add('admission', 1, `That was ${x.org}'s mistake, not yours, and we'll pay for the ${item}.`, x, 'reply', 'formal', 'organisation named as at fault, plus payment');
    // Near-misses.
    add('admission', 0, `We're so sorry for the delay with your ${item} enquiry. The team will call you this week.`, x, 'reply', 'casual', 'sorry for the delay: an apology without liability');
    add('admission', 0, `We should have an update on the ${item} claim by Friday.`, x, 'reply', 'formal', '"should have" with a noun: a forecast, not regret');
    add('admission', 0, `Sorry to hear about your ${item}. You can file a damage claim at ${x.url}/claims and our insurer will assess it.`, x, 'reply', 'formal', 'sympathy and the claims process, no admission');
    add('admission', 0, `Our contractor, ${x.town} Civil Works, will resurface ${x.street} next week.`, x, 'post', 'formal', 'factual mention of a contractor');
    add('admission', 0, `The cost of the ${x.street} works is covered by the road maintenance budget.`, x, 'post', 'formal', 'cost covered by a budget: not an offer to pay anyone');
    add('admission', 0, `Morning tea is on us at the volunteer thank-you event in ${x.town}!`, x, 'post', 'casual', '"on us" as a treat, not fault');
    // An apology for a wait followed by the plan to fix it: sorry for the time taken, not for causing the harm.
    const WAITS = [`We're so sorry about the wait for your ${item} repair.`, `Apologies for the wait on your ${item} job.`, `Sorry it's taking a while to sort out your ${item}.`];
    const PLANS = [`Our crew will be on ${x.street} on Monday, and you can track the job on our website.`, `A technician is booked for Thursday morning and will text before arriving.`, `The team has it on this week's schedule and we'll update you when it's done.`];
    add('admission', 0, `${WAITS[(a + k) % 3]} ${PLANS[(a + 2 * k) % 3]}`, x, 'reply', k % 2 ? 'formal' : 'casual', 'an apology for the wait and the plan to do the job: no fault owned');
  });
});

const REPLY_FACTS = [
  ['Emergency isn\'t a walk-in clinic', 'the most urgent patients are seen first'],
  ['Recycling is collected fortnightly', 'your collection calendar is at the link below'],
  ['The office is busiest on the last day of the month', 'booking online saves the wait'],
  ['The tip is closed on Mondays', 'opening hours are on our website'],
  ['Parking permits renew in March', 'the form is online'],
  ['The pool is closed for maintenance this week', 'it reopens on Monday'],
];
const DURATIONS = [['two', 'hours'], ['three', 'days'], ['two', 'weeks'], ['forty', 'minutes'], ['four', 'hours'], ['ten', 'days']];
const PETS = ['sweetie', 'honey', 'hun', 'sweetheart', 'darling', 'princess'];
REPLY_FACTS.forEach(([fact, help], a) => {
  J.forEach((x, k) => {
    const [n, unit] = DURATIONS[(a + k) % DURATIONS.length];
    add('condescension', 1, `Oh wow, ${n} whole ${unit}? Must have been rough.`, x, 'reply', 'casual', 'minimises the complaint and mocks it with false sympathy');
    add('condescension', 1, `${fact}, ${PETS[(a + k) % PETS.length]}.`, x, 'reply', 'casual', 'a pet name as a vocative: talks down to the resident');
    add('condescension', 1, `Maybe read the signs on your way in next time.`, x, 'reply', 'casual', 'a patronising suggestion that blames the resident');
    add('condescension', 1, `As we've already explained about a hundred times, ${fact.charAt(0).toLowerCase() + fact.slice(1)}.`, x, 'reply', 'casual', 'exasperated hyperbole about having told them');
    add('condescension', 1, `${fact}. Maybe give it a read before complaining?`, x, 'reply', 'casual', 'tells the resident to read before complaining');
    add('condescension', 1, `Wow, shocking that ${fact.charAt(0).toLowerCase() + fact.slice(1)}.`, x, 'reply', 'casual', 'mock surprise');
    // Near-misses: the same facts, polite and firm.
    add('condescension', 0, `Sorry about the ${n}-${unit.replace(/s$/, '')} wait. ${help.charAt(0).toUpperCase() + help.slice(1)}.`, x, 'reply', 'formal', 'apology and help: polite-firm');
    add('condescension', 0, `${fact}, so ${help}.`, x, 'reply', 'formal', 'a plain correction');
    add('condescension', 0, `Not sure which day is yours? Look it up at ${x.url}.`, x, 'post', 'casual', 'a helpful question to the reader');
    add('condescension', 0, `As our post says, ${fact.charAt(0).toLowerCase() + fact.slice(1)}. Thanks for checking with us.`, x, 'reply', 'formal', 'points to the post without exasperation');
    add('condescension', 0, `Next time you visit, you can book online at ${x.url} to skip the queue.`, x, 'reply', 'formal', 'a suggestion for next time, without blame');
    add('condescension', 0, `That must have been a long wait, and we're sorry. ${help.charAt(0).toUpperCase() + help.slice(1)}.`, x, 'reply', 'formal', 'sincere sympathy with an apology');
  });
});

const RECORDS = ['response times down 20%', 'two new libraries', 'the jail fully staffed', 'a new cycleway', 'rates held for three years', 'the new urgent care centre'];
RECORDS.forEach((record, a) => {
  J.forEach((x, k) => {
    const name = x.names[(a + k) % 2];
    const [p1, p2] = x.party;
    const P1 = p1.charAt(0).toUpperCase() + p1.slice(1);
    const pron = (a + k) % 2 ? 'she' : 'he';
    add('partisanship', 1, `${name} delivered ${record}. Let's keep that momentum going on ${x.date}!`, x, 'post', 'casual', 'credits a candidate and urges keeping the record going on polling day');
    add('partisanship', 1, `${name} has done an amazing job for our community – make sure ${pron} gets your ${x.vote} on ${x.date}!`, x, 'post', 'casual', 'praises a candidate and asks for the vote');
    add('partisanship', 1, `${P1} would never have left us in this position.`, x, 'post', 'casual', 'praises a party against the government of the day');
    add('partisanship', 1, `This is what you get when you vote in ${p2}.`, x, 'post', 'casual', 'blames voters of a party');
    // Near-misses.
    add('partisanship', 0, `Voting closes at 7 p.m. on ${x.date}. Find your polling place at ${x.url}/vote.`, x, 'post', 'formal', 'election information');
    add('partisanship', 0, `Make sure you're enrolled before ${x.date}.`, x, 'post', 'formal', 'a civic call to enrol');
    add('partisanship', 0, `Make sure you vote on ${x.date}!`, x, 'post', 'casual', 'a civic call to vote for no one in particular');
    add('partisanship', 0, `Let's keep the momentum going on our tree planting drive this weekend!`, x, 'post', 'casual', 'momentum about a council project, no election');
    add('partisanship', 0, `The ${p1.replace(/^the /, '')} candidate was elected with ${1200 + a * 37} votes.`, x, 'post', 'formal', 'an election result, neutral');
    add('partisanship', 0, `${P1} and ${p2} councillors both spoke before the motion was carried.`, x, 'post', 'formal', 'party names in a neutral report');
  });
});

const PRAISE = ['another perfect score', 'a clean inspection', 'top marks', 'passing first time', 'a spotless kitchen', 'a five-star hygiene rating'];
PRAISE.forEach((score, a) => {
  J.forEach((x, k) => {
    add('endorsement', 1, `Shoutout to ${x.biz} for ${score}, and honestly the best ${x.dish} in the ${x.area}.`, x, 'post', 'casual', 'a superlative about one named business');
    add('endorsement', 1, `If you haven't been to ${x.biz} yet, go this weekend!`, x, 'post', 'casual', 'sends residents to one business');
    add('endorsement', 1, `${x.biz} does the tastiest ${x.dish} around – treat yourself!`, x, 'post', 'casual', 'praise and a recommendation of one trader');
    // Near-misses.
    add('endorsement', 0, `${40 + a} of ${44 + a} restaurants passed their inspection on the first visit. Results are at ${x.url}/inspections.`, x, 'post', 'formal', 'inspection results for all businesses');
    add('endorsement', 0, `${x.biz} passed its re-inspection on ${['Monday', 'Tuesday', 'Wednesday'][a % 3]}.`, x, 'post', 'formal', 'a factual inspection result naming the business');
    add('endorsement', 0, `The community breakfast is hosted at ${x.biz} on ${x.street}.`, x, 'post', 'formal', 'names the venue of an event');
    add('endorsement', 0, `We can't recommend one business over another, but the full list of inspected cafés is at ${x.url}.`, x, 'reply', 'formal', 'declines to recommend');
  });
});

// "Code" and "use" are promotional only with a discount: a code token and an offer from one trader. Other
// senses of the words (a code word, the Highway Code, a postcode, a code of conduct, a QR code, using a
// public service) are near-misses, in every frame a post uses them.
const CODE_SENSES = ['code words', 'the Highway Code', 'your postcode', 'the code of conduct', 'the QR code', 'the building code', 'the door code', 'your booking code', 'the area code', 'plain words'];
const CODE_FRAMES = [
  (c, x) => `Use ${c} in the survey.`,
  (c, x) => `Please use ${c} when you fill in the form at ${x.url}.`,
  (c, x) => `Remember to use ${c} when you contact ${x.self.replace(/^the /, 'the ')}.`,
  (c, x) => `You can use ${c} to find your nearest drop-off point.`,
];
J.forEach((x, k) => {
  const promo = ['CITY15', 'SAVE20', 'LOCAL10', 'WINTER25', 'SHOP5'][k];
  add('endorsement', 1, `Use code ${promo} at ${x.biz} for ${10 + k * 5}% off this week!`, x, 'post', 'casual', 'a discount code for one named business');
  add('endorsement', 1, `Residents get ${10 + k * 5}% off at ${x.biz} with the code ${promo} – don't miss it.`, x, 'post', 'casual', 'a discount code for one named business');
  CODE_SENSES.forEach((c, a) => {
    const frame = CODE_FRAMES[(a + k) % CODE_FRAMES.length];
    add('endorsement', 0, frame(c, x), x, 'post', 'formal', 'a code or a public service used, no business and no offer');
  });
});

// An illness named as a time ("since Covid", "after the pandemic") says nothing about a person's health;
// the same person with the illness does.
const TIMES = ['since Covid', 'after COVID-19', 'during the pandemic', 'since lockdown', 'before Covid', 'after the lockdowns'];
J.forEach((x, k) => {
  TIMES.forEach((t, a) => {
    const who = x.names[(a + k) % 2];
    add('special-category', 0, `${who} has run ${x.biz} ${t} and reopened this spring.`, x, 'post', 'formal', 'an illness named as a time, not a health detail');
    add('special-category', 0, `Bookings at ${x.biz} have doubled ${t}, says owner ${who}.`, x, 'post', 'formal', 'an illness named as a time, not a health detail');
  });
  add('special-category', 1, `${x.names[0]} has been off work since catching Covid and is still in hospital.`, x, 'post', 'casual', 'a named person\'s illness and treatment');
  add('special-category', 1, `${x.names[1]} was diagnosed with long Covid after the pandemic and is on sick leave.`, x, 'post', 'casual', 'a named person\'s diagnosis');
});

// A casualty update about someone not named ("The driver, a 34-year-old man, remains in hospital") is what
// police and fire services must say; the same condition with the person's name is a health detail.
const CASUALTY_ROLES = ['The driver', 'The cyclist', 'A pedestrian', 'The passenger', 'The motorcyclist', 'The resident'];
const CONDITIONS = ['in a stable condition', 'in a serious but stable condition', 'with injuries that are not life-threatening', 'in a critical condition'];
J.forEach((x, k) => {
  CASUALTY_ROLES.forEach((role, a) => {
    const age = 19 + ((a * 7 + k * 5) % 60);
    const cond = CONDITIONS[(a + k) % CONDITIONS.length];
    add('special-category', 0, `${role}, a ${age}-year-old ${a % 2 ? 'woman' : 'man'}, remains in hospital ${cond}.`, x, 'post', 'formal', 'a casualty update about someone not named');
    add('special-category', 0, `${role} was taken to hospital ${cond} after the crash on ${x.street}.`, x, 'post', 'formal', 'a casualty update about someone not named');
  });
  add('special-category', 1, `${x.names[0]}, the driver, remains in hospital ${CONDITIONS[k % 2]} and is being treated for a head injury.`, x, 'post', 'formal', 'a named person\'s condition and treatment');
});

// ---- What a sentence does, beyond the phrasings (issue 16, third round: guilt, admission, identification,
// endorsement). Each positive stands beside near-misses with the same words doing something else.
rows.identification ??= [];
// Guilt stated by grammar after a charge: a pronoun that did it, an "after he …" clause, an offender noun
// as the person's name, "the … responsible". Near-misses: the act hedged, passive, or before any arrest.
const PAST_ACTS = [
  ['stole', 'laptops and tools from parked cars', 'theft', 'stealing'],
  ['stabbed', 'a man outside a pub', 'wounding', 'stabbing'],
  ['dumped', 'building waste on common land', 'fly-tipping', 'dumping'],
  ['robbed', 'a corner shop at knifepoint', 'robbery', 'robbing'],
  ['bashed', 'a bus driver at the interchange', 'assault', 'assaulting'],
  ['broke into', 'six garden sheds', 'burglary', 'breaking into'],
];
const NOUN_LABELS = ['robber', 'fly-tipper', 'thief', 'burglar', 'attacker', 'coward'];
const FINDERS = [['identified', 'student'], ['arrested', 'driver'], ['located', 'teenager'], ['tracked down', 'woman'], ['charged', 'man'], ['caught', 'pair']];
PAST_ACTS.forEach(([act, what, offence, ing], a) => {
  J.forEach((x, k) => {
    const name = x.names[(a + k) % 2];
    const label = NOUN_LABELS[(a + k) % NOUN_LABELS.length];
    const [finder, noun] = FINDERS[(a + k) % FINDERS.length];
    add('guilt', 1, `${name}, ${22 + a + k}, has been charged with ${offence}. He ${act} ${what} in ${x.town}.`, x, 'post', 'formal', `a pronoun states the act ("He ${act}") about a man just charged`);
    add('guilt', 1, `${name} has been charged with ${offence} after he ${act} ${what} on ${x.street}.`, x, 'post', 'formal', 'an "after he …" clause states the act as the reason for the charge');
    add('guilt', 1, `A ${30 + a}-year-old ${x.town} man who ${act} ${what} has been charged and will appear at ${x.court}.`, x, 'post', 'formal', 'a relative clause states the act about the charged man');
    add('guilt', 1, `A man has been charged with ${offence}. The ${label} will appear at ${x.court} on ${x.date}.`, x, 'post', 'casual', `the offender noun "${label}" used as the charged man's name`);
    add('guilt', 1, `Officers have ${finder} the ${noun} responsible, who is now in custody.`, x, 'post', 'casual', `"the ${noun} responsible" calls the person ${finder} the one who did it`);
    // Near-misses.
    add('guilt', 0, `${name}, ${22 + a + k}, has been charged with ${offence}. It is alleged he ${act} ${what} in ${x.town}.`, x, 'post', 'formal', 'the act stated as an allegation');
    add('guilt', 0, `${name} has been charged with ${offence} after a report of ${offence} on ${x.street}.`, x, 'post', 'formal', 'the charge follows a report, not a stated act');
    add('guilt', 0, `A ${30 + a}-year-old ${x.town} man has been charged with ${offence} and will appear at ${x.court}.`, x, 'post', 'formal', 'the charge alone');
    add('guilt', 0, `A man has been charged with ${offence}. The accused will appear at ${x.court} on ${x.date}.`, x, 'post', 'formal', '"the accused" is neutral');
    add('guilt', 0, `Officers have ${finder} a ${noun} in connection with the incident, who is now in custody.`, x, 'post', 'formal', '"in connection with" keeps the presumption');
    add('guilt', 0, `Police are appealing for witnesses after someone ${act} ${what} in ${x.town}. No one has been arrested.`, x, 'post', 'formal', 'an appeal: no one in the case, so stating the act prejudices no trial');
    // The pronoun after a charge doing what the process does (booked, held, due in court) states no act.
    const PROCESS = ['was booked into the county jail and is scheduled to appear', 'remains in custody and is due to appear', 'was released on bail and will appear', 'was remanded in custody and will appear', 'is being held and will appear', 'has been bailed to appear'];
    add('guilt', 0, `${name}, ${22 + a + k}, has been charged with ${offence}. He ${PROCESS[(a + k) % PROCESS.length]} at ${x.court} on ${x.date}.`, x, 'post', 'formal', 'the pronoun is the subject of custody and a court date, not of the act');
    add('guilt', 0, `${name} was arrested on ${['Tuesday', 'Friday', 'Sunday'][a % 3]} in connection with a series of ${offence} reports. He ${PROCESS[(a + k + 3) % PROCESS.length]} at ${x.court}. A charge is only an accusation.`, x, 'post', 'formal', 'arrest in connection with reports, custody and the presumption of innocence');
    add('guilt', 0, `We won't be calling the man charged the ${label}: he is entitled to a fair trial.`, x, 'reply', 'formal', 'the label named to refuse it');
    add('guilt', 0, `${name} was found guilty of ${offence} at ${x.court}. He ${act} ${what}.`, x, 'post', 'formal', 'after a verdict the act may be stated');
    add('guilt', 0, `Our burglar alarm campaign starts today: check your ${['shed', 'garage', 'car', 'home', 'bike', 'van'][a]} is locked.`, x, 'post', 'casual', 'an offender noun inside a compound, no case');
  });
});

// Owning fault in plain words in a reply to someone harmed; near-misses are the same idiom as a treat.
const OWN_IDIOMS = ["that one's on us", 'that one is completely on us', "this one's all on us", "that's on us, no excuses", 'this is entirely on us'];
const TREATS = ["the coffee's on us", 'the first round is on us', 'lunch is on us', 'the sausage sizzle is on us', 'entry is on us'];
const HARMS = ['blew a tyre on the pothole', 'tripped on the loose paving', 'cracked my windscreen on the loose gravel', 'fell on the broken step', 'bent my rim on the crater'];
OWN_IDIOMS.forEach((idiom, a) => {
  J.forEach((x, k) => {
    const Self = x.self.replace(/^the/, 'The');
    add('admission', 1, `So sorry you ${HARMS[(a + k) % HARMS.length].replace(/\bmy\b/, 'your')}, ${idiom}. ${Self} will cover the repair.`, x, 'reply', 'casual', 'owns the fault for the harm the resident reported');
    add('admission', 1, `We're so sorry. Honestly, ${idiom}. Our crews knew about it and should have fixed it sooner.`, x, 'reply', 'casual', 'owns the fault and admits prior knowledge');
    add('admission', 0, `We're sorry it's been frustrating. DM us your ${['log number', 'reference number', 'case number', 'report number', 'ticket number'][a]} and we'll chase it up.`, x, 'reply', 'formal', 'sympathy and a follow-up, no fault owned');
    add('admission', 0, `Sorry it's taken so long. Send us your ${['log number', 'reference', 'address', 'report number', 'details'][(a + k) % 5]} and we'll look into it today.`, x, 'reply', 'casual', 'asks for details to follow up, no fault owned');
    add('admission', 0, `Thanks for coming to the open day – ${TREATS[(a + k) % TREATS.length]}!`, x, 'post', 'casual', 'the idiom as a treat: no harm, no fault');
    add('admission', 0, `So sorry you ${HARMS[(a + k) % HARMS.length].replace(/\bmy\b/, 'your')}. You can make a claim at ${x.url}/claims and our team will look into it.`, x, 'reply', 'formal', 'sympathy and the claims process, no fault owned');
  });
});

// A child identified by kinship or by school year in a relative clause; near-misses leave out the name or
// the year, or name a child with consent in an award post.
const KINS = ['grandson', 'granddaughter', 'nephew', 'niece', 'son', 'daughter'];
const KIDS = ['Mateo', 'Ellie', 'Noah', 'Aroha', 'Liam', 'Sophie'];
const YEARS = { US: ['7th grade', '5th grade'], UK: ['Year 7', 'Year 9'], CA: ['Grade 6', 'Grade 8'], NZ: ['Year 8', 'Year 6'], AU: ['Year 5', 'Year 10'] };
KINS.forEach((kin, a) => {
  J.forEach((x, k) => {
    const kid = KIDS[(a + k) % KIDS.length];
    const year = YEARS[x.j][a % 2];
    const age = 5 + ((a + k) % 9);
    add('identification', 1, `The homeowner, ${x.names[a % 2]}, 64, was taken to hospital. Her ${age}-year-old ${kin}, ${kid}, was treated for smoke inhalation.`, x, 'post', 'formal', 'a child named by kinship beside the named adult: identifies the child');
    add('identification', 1, `${kid}, who is in ${year} at ${x.town} ${['Academy', 'Primary School', 'High School'][a % 3]}, was pushed off her bike and had her phone stolen.`, x, 'post', 'formal', 'a child victim named with school year and school');
    add('identification', 0, `A ${age}-year-old ${['boy', 'girl'][a % 2]} was treated for smoke inhalation and is expected to recover.`, x, 'post', 'formal', 'a child described without a name');
    add('identification', 0, `A ${year} pupil was pushed off her bike and had her phone stolen on ${x.street}. Anyone who saw it should call us.`, x, 'post', 'formal', 'a child victim by school year alone, no name or school');
    add('identification', 0, `The homeowner and her ${kin} got out safely before crews arrived.`, x, 'post', 'formal', 'kinship without a name or age');
  });
});

// Sending residents to one trader, and praise of it beyond a listed noun; near-misses send them to a
// public service or a civic act, or name a business factually.
const SENDS = ['We always point people to', 'We send everyone to', 'Our crews always steer residents towards', 'We usually refer people to'];
const GO = ['If you haven\u2019t been, go this weekend!', 'Skip the chains and go grab yours today!', 'Go and grab one this weekend!', 'If you haven\u2019t tried it yet, treat yourself!'];
const CIVIC = ['Go and grab your free library card today!', 'If you haven\u2019t voted yet, go today: polls close at 8pm.', 'Skip the queue and renew your permit online.', 'Go grab a free smoke alarm from any fire station today!'];
SENDS.forEach((send, a) => {
  J.forEach((x, k) => {
    add('endorsement', 1, `${send} ${x.biz} on ${x.street}. Honestly the best ${x.dish} in ${x.town}.`, x, 'post', 'casual', 'sends residents to one named trader and praises it');
    add('endorsement', 1, `Hands down the best ${x.dish} in the ${x.area} is at ${x.biz}. ${GO[(a + k) % GO.length]}`, x, 'post', 'casual', 'praise of one business and a push to go there');
    add('endorsement', 0, `${send} Citizens Advice for free help with bills.`, x, 'post', 'formal', 'a referral to a public or charity service');
    add('endorsement', 0, CIVIC[(a + k) % CIVIC.length], x, 'post', 'casual', 'a civic call, no business');
    add('endorsement', 0, `${x.biz} on ${x.street} is closed for repairs until ${x.date}.`, x, 'post', 'formal', 'a business named factually');
  });
});

// A public body offering its own free service is no endorsement, however warm the call ("Need one? X Fire &
// EMS installs them for free"); the same offer credited to one named trader is.
const SERVICES = [
  ['Fire & EMS', 'installs them for free', 'smoke alarm'],
  ['Fire and Rescue Service', 'will fit one for free', 'smoke alarm'],
  ['Recycling Team', 'collects it free of charge', 'bulky item'],
  ['Library Service', 'lends them for free', 'e-reader'],
  ['Public Health team', 'hands them out free', 'test kit'],
];
const NEED = ['Need one?', 'Don\u2019t have one?', 'No room in the car?', 'Want one?'];
SERVICES.forEach(([unit, offer, thing], a) => {
  J.forEach((x, k) => {
    const own = `${x.org.replace(/ (County|Borough Council|Health Authority|District Council)$/, '').replace(/^City of /, '')} ${unit}`;
    const need = NEED[(a + k) % NEED.length];
    add('endorsement', 0, `${need} ${own} ${offer}. Call us to book a visit.`, x, 'post', 'casual', 'the organisation offers its own free service: no trader promoted');
    add('endorsement', 0, `Check your ${thing} this weekend. ${need} ${x.self.replace(/^the /, 'The ')} ${offer} \u2013 book online at ${x.url}.`, x, 'post', 'casual', 'the public body\u2019s own offer, with a booking link');
    add('endorsement', 1, `${need} ${x.biz} ${offer} \u2013 honestly the best in the ${x.area}, go and see them!`, x, 'post', 'casual', 'the same offer credited to one named business, with praise and a push');
  });
});

// The presumption of innocence, said after a charge, is no attack on anyone: near-misses of partisanship
// (its negation and "never" read like "the last lot never did").
const PRESUMPTION = ['The charges have not been proven in court.', 'A charge is only an accusation and has not been proven.', 'He is presumed innocent until proven guilty.', 'None of the allegations has been tested in court yet.', 'The case has not yet been heard and no plea has been entered.'];
PRESUMPTION.forEach((p, a) => {
  J.forEach((x, k) => {
    add('partisanship', 0, `A ${30 + a + k}-year-old ${x.town} man has been charged and is due at ${x.court} on ${x.date}. ${p}`, x, 'post', 'formal', 'a charge and the presumption of innocence: no party, no side');
  });
});

mkdirSync(out, { recursive: true });
let n = 0;
for (const [family, list] of Object.entries(rows)) {
  writeFileSync(join(out, `${family}.jsonl`), list.map((r) => JSON.stringify(r)).join('\n') + '\n');
  n += list.length;
  console.log(`${family}: ${list.filter((r) => r.label).length} positives, ${list.filter((r) => !r.label).length} near-misses`);
}
console.log(`${n} lines in ${out}`);
