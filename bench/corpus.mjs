// A deterministic synthetic corpus of public-sector drafts: tweets, Facebook and LinkedIn posts with
// frontmatter, about one in four carrying a problem a reviewer would flag.

function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOPICS = [
  'Your bin collection day is changing from Monday {d} March. Check your new day at riverside.gov.uk/bins',
  'Roadworks on {street} start on {day} and will last about six weeks. Buses will follow a signed diversion.',
  'Our libraries are extending their opening hours this winter. From {d} December, all branches stay open until 8pm.',
  'Family fun day at {park} this Saturday from 11am to 4pm with face painting, food stalls and live music.',
  'The consultation on the new cycle routes is open until {d} April. Have your say at riverside.gov.uk/cycle',
  'Gritters will be out tonight treating priority routes. Please take care on untreated paths and pavements.',
  'We are recruiting apprentices in planning, IT and finance. Apply by {d} February at riverside.gov.uk/jobs',
  'Free swimming lessons for under 5s this summer at {park} leisure centre. Book online or at reception.',
  'The recycling centre on {street} is closed on {day} for maintenance. It reopens the following morning.',
  'Thank you to everyone who came to the community clean-up at {park}. Together we collected 120 bags of litter.',
];
const LONG = [
  'Residents can find out more about the changes at a series of drop-in sessions at the Town Hall.',
  'Staff will be on hand to answer questions, and printed copies of the plans will be available to take away.',
  'If you cannot attend in person, you can read the documents online and send us your comments by email.',
  'We will publish a summary of the feedback in the summer, along with our response to the main points raised.',
  'Please share this post with neighbours who may not use social media so that everyone has the chance to take part.',
];
const PROBLEMS = [
  ' Contact Sarah on 07911 123456 for details.',
  ' The state of this road is a bloody disgrace.',
  ' Closing date: [insert date].',
  ' #blackhistorymonth #riversidelibraries',
  ' Thanks to our Labour councillors for delivering this!',
  ' Full details on the intranet: http://intranet.riverside.local/hr/plan.docx',
  ' Going forward, we will leverage synergies to facilitate outcomes.',
  ' DO NOT PARK ON THE GRASS VERGES!!!',
  ' Email tom.baker@riverside.gov.uk with questions.',
  ' Great progress on Project Kestrel today!',
];
const STREETS = ['Mill Lane', 'Station Road', 'High Street', 'Church Street', 'Elm Grove'];
const PARKS = ['Riverside Park', 'Victoria Park', 'the Meadows'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday'];
const PLATFORMS = ['x', 'facebook', 'linkedin'];

export function makeCorpus(count = 1000, seed = 42) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const fill = (s) => s.replace('{d}', String(1 + Math.floor(r() * 28))).replace('{street}', pick(STREETS)).replace('{day}', pick(DAYS)).replace('{park}', pick(PARKS));
  const drafts = [];
  for (let i = 0; i < count; i++) {
    const platform = PLATFORMS[i % 3];
    let body = fill(pick(TOPICS));
    if (platform !== 'x') {
      const n = platform === 'linkedin' ? 4 : 2;
      const paras = [body];
      for (let p = 0; p < n; p++) paras.push(`${fill(pick(LONG))} ${fill(pick(LONG))}`);
      body = paras.join('\n\n');
    }
    if (r() < 0.25) body += pick(PROBLEMS);
    const fm = `---\nplatform: ${platform}\naccount: "@RiversideCouncil"\n---\n\n`;
    drafts.push(`${fm}${body}\n`);
  }
  return drafts;
}

/** A long post of about `words` words in paragraphs. */
export function makeLongPost(words, seed = 7) {
  const r = rng(seed);
  const out = [];
  let count = 0;
  while (count < words) {
    const para = [];
    for (let s = 0; s < 4; s++) para.push(LONG[Math.floor(r() * LONG.length)]);
    const text = para.join(' ');
    count += text.split(/\s+/).length;
    out.push(text);
  }
  return `---\nplatform: generic\n---\n\n${out.join('\n\n')}\n`;
}

/** A draft of about `bytes` bytes built from the corpus (so with a realistic share of problems). */
export function makeBigDraft(bytes, seed = 11) {
  const corpus = makeCorpus(200, seed).map((d) => d.replace(/^---[\s\S]*?---\n\n/, ''));
  const parts = ['---\nplatform: generic\n---\n\n'];
  let size = parts[0].length;
  let i = 0;
  while (size < bytes) {
    const p = corpus[i++ % corpus.length];
    parts.push(p, '\n');
    size += p.length + 1;
  }
  return parts.join('');
}

/**
 * A worst case for the personal-data rules: a comment export of about `bytes` bytes, one reply a line,
 * each with a different phone number (mobiles and landlines, national and international layouts) and a
 * street address — 23,000 replies in 5 MB.
 */
export function makeRepliesDraft(bytes, seed = 13) {
  const r = rng(seed);
  const pick = (list) => list[Math.floor(r() * list.length)];
  const n = (k) => Array.from({ length: k }, () => Math.floor(r() * 10)).join('');
  const names = ['Sarah', 'Tom', 'Priya', 'Dave', 'Aisha', 'Liam', 'Chloe', 'Mohammed', 'Grace', 'Owen'];
  const types = ['Road', 'Street', 'Lane', 'Avenue', 'Close', 'Drive', 'Crescent', 'Way', 'Court', 'Place'];
  const phones = [() => `07${n(3)} ${n(6)}`, () => `+44 7${n(3)} ${n(6)}`, () => `01${n(3)} ${n(6)}`, () => `020 ${n(4)} ${n(4)}`, () => `(01${n(2)}) ${n(3)} ${n(4)}`, () => `07${n(9)}`];
  const tails = [
    ' Thanks for getting back to us so quickly, we really appreciate the help with this.',
    ' We will update the report on the website once the crew has been out to have a look.',
    ' Please keep an eye on the notices page for any changes to collection days over the holidays.',
    ' The team aims to respond to every report within five working days of receiving it.',
  ];
  const replies = [
    (p, a) => `Reply from ${pick(names)}: the bin at ${a} has not been collected for three weeks, ring me on ${p} please.`,
    (p, a) => `${pick(names)} said: my mum lives at ${a} and the streetlight is out. Her number is ${p} if you need access.`,
    (p, a) => `Our officer will call you at ${p} about the fly-tipping outside ${a} by Friday.`,
    (p, a) => `Hi ${pick(names)}, thanks for reporting the pothole near ${a}. We have passed ${p} to the highways team.`,
  ];
  const parts = ['---\nplatform: generic\n---\n\n'];
  let size = parts[0].length;
  while (size < bytes) {
    const address = `${1 + Math.floor(r() * 200)} ${pick(['Mill', 'Church', 'Station', 'Park', 'High', 'Oak', 'Victoria', 'Green'])} ${pick(types)}`;
    const line = `${pick(replies)(pick(phones)(), address)}${pick(tails)}\n\n`;
    parts.push(line);
    size += line.length;
  }
  return parts.join('');
}
