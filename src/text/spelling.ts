// Locale spelling pairs as data: the British/Commonwealth form and the American form of a word, and
// which of the two Canadian usage (The Canadian Style / Canadian Oxford) prefers. Families are expanded
// with their regular endings so that "organise" also covers "organised", "organising", "organisation".

export type SpellingSide = 'gb' | 'us';

export interface SpellingPair {
  gb: string;
  us: string;
  /** The form Canadian English prefers; 'both' when either is standard there. */
  ca: SpellingSide | 'both';
  /** Only flag the British form in US/CA text (the American form is also an ordinary word in en-GB). */
  onlyGb?: boolean;
  /** Only flag the American form in en-GB text (the British form is also used in en-US). */
  onlyUs?: boolean;
  /**
   * Australian usage where it differs from British: 'both' when either form is standard in en-AU ("program"
   * is the Australian Government Style Manual's and Macquarie's spelling for every sense, "programme" still seen).
   */
  au?: SpellingSide | 'both';
  /** Needs a context check before it is flagged (see the rule). */
  context?: 'program' | 'license-noun' | 'meter';
}

// -ise / -ize verbs: the stem takes ise/ize, ised/ized, ises/izes, ising/izing, isation/ization(s).
// Words that only ever end in -ise (advise, comprise, exercise, promise, revise, surprise, supervise,
// televise, compromise, enterprise, franchise …) are deliberately absent.
const ISE_STEMS =
  'organ recogn real apolog author categor central civil critic emphas final general harmon human ideal immun ' +
  'legal local maxim memor minim mobil modern normal optim priorit public revital special standard summar symbol ' +
  'sympath util visual capital character custom digit econom energ familiar fertil global hospital jeopard ' +
  'monopol neutral polar popular rational reorgan sanit stabil steril subsid synchron terror theor trivial urban ' +
  'vandal victim agon antagon dramat euphem hypothes item marginal national natural patron penal ' +
  'plagiar politic scrutin social stigmat tantal computer miniatur commercial decentral democrat desensit monet ' +
  'random incentiv criminal immobil empath galvan homogen industrial internal legitim material metabol motor ' +
  'ostrac pasteur radical regular sensit solemn styl tender union western fantas fratern liberal ' +
  'mechan moral formal vapor weather winter accessor caramel colon modern circular ' +
  'decriminal destabil equal familiar initial personal revolution ' +
  'evangel epitom energ mobil neutral';

const ISE_ENDINGS: ReadonlyArray<readonly [string, string]> = [
  ['ise', 'ize'],
  ['ised', 'ized'],
  ['ises', 'izes'],
  ['ising', 'izing'],
  ['isation', 'ization'],
  ['isations', 'izations'],
  ['iser', 'izer'],
  ['isers', 'izers'],
];

// Word families with their inflected forms written out: [gb, us, ca].
const FAMILIES: ReadonlyArray<readonly [string, string, SpellingSide | 'both']> = [
  // -our / -or
  ...expand(['colour', 'color'], ['', 's', 'ed', 'ing', 'ful', 'fully', 'less', 'ation'], 'gb'),
  ...expand(['favour', 'favor'], ['', 's', 'ed', 'ing', 'able', 'ably', 'ite', 'ites'], 'gb'),
  ...expand(['flavour', 'flavor'], ['', 's', 'ed', 'ing', 'ful'], 'gb'),
  ...expand(['honour', 'honor'], ['', 's', 'ed', 'ing', 'able', 'ably'], 'gb'),
  ...expand(['humour', 'humor'], ['', 's', 'ed', 'less'], 'gb'),
  ...expand(['labour', 'labor'], ['', 's', 'ed', 'ing', 'er', 'ers'], 'gb'),
  ...expand(['neighbour', 'neighbor'], ['', 's', 'hood', 'hoods', 'ing', 'ly', 'liness'], 'gb'),
  ...expand(['behaviour', 'behavior'], ['', 's', 'al', 'ally'], 'gb'),
  ...expand(['harbour', 'harbor'], ['', 's', 'ed', 'ing'], 'gb'),
  ...expand(['rumour', 'rumor'], ['', 's', 'ed'], 'gb'),
  ...expand(['odour', 'odor'], ['', 's', 'less'], 'gb'),
  ...expand(['vapour', 'vapor'], ['', 's'], 'gb'),
  ...expand(['vigour', 'vigor'], [''], 'gb'),
  ...expand(['armour', 'armor'], ['', 'ed', 'y'], 'gb'),
  ...expand(['tumour', 'tumor'], ['', 's'], 'gb'),
  ...expand(['endeavour', 'endeavor'], ['', 's', 'ed', 'ing'], 'gb'),
  ...expand(['parlour', 'parlor'], ['', 's'], 'gb'),
  ...expand(['saviour', 'savior'], ['', 's'], 'gb'),
  // -re / -er
  ...expand(['centre', 'center'], ['', 's'], 'gb'),
  ...expand(['centred', 'centered'], [''], 'gb'),
  ...expand(['centring', 'centering'], [''], 'gb'),
  ...expand(['theatre', 'theater'], ['', 's'], 'gb'),
  ...expand(['litre', 'liter'], ['', 's'], 'gb'),
  ...expand(['kilometre', 'kilometer'], ['', 's'], 'gb'),
  ...expand(['centimetre', 'centimeter'], ['', 's'], 'gb'),
  ...expand(['millimetre', 'millimeter'], ['', 's'], 'gb'),
  ...expand(['fibre', 'fiber'], ['', 's'], 'gb'),
  ...expand(['calibre', 'caliber'], [''], 'gb'),
  ...expand(['sombre', 'somber'], [''], 'gb'),
  ...expand(['meagre', 'meager'], [''], 'gb'),
  ...expand(['spectre', 'specter'], [''], 'gb'),
  // doubled l
  ...expand(['travell', 'travel'], ['ed', 'ing', 'er', 'ers'], 'gb'),
  ...expand(['labell', 'label'], ['ed', 'ing'], 'gb'),
  ...expand(['modell', 'model'], ['ed', 'ing'], 'gb'),
  ...expand(['fuell', 'fuel'], ['ed', 'ing'], 'gb'),
  ...expand(['levell', 'level'], ['ed', 'ing'], 'gb'),
  ...expand(['counsell', 'counsel'], ['ed', 'ing', 'or', 'ors'], 'gb'),
  ...expand(['signall', 'signal'], ['ed', 'ing'], 'gb'),
  ...expand(['channell', 'channel'], ['ed', 'ing'], 'gb'),
  ...expand(['totall', 'total'], ['ed', 'ing'], 'gb'),
  ...expand(['marvell', 'marvel'], ['ous', 'ously'], 'gb'),
  ...expand(['jeweller', 'jeweler'], ['', 's', 'y'], 'gb'),
  ['jewellery', 'jewelry', 'gb'],
  ['woollen', 'woolen', 'gb'],
  ['enrolment', 'enrollment', 'both'],
  ['enrolments', 'enrollments', 'both'],
  ['instalment', 'installment', 'both'],
  ['instalments', 'installments', 'both'],
  ['fulfil', 'fulfill', 'both'],
  ['fulfils', 'fulfills', 'both'],
  ['fulfilment', 'fulfillment', 'both'],
  ['skilful', 'skillful', 'both'],
  ['wilful', 'willful', 'both'],
  // -ce / -se
  ['defence', 'defense', 'gb'],
  ['defences', 'defenses', 'gb'],
  ['offence', 'offense', 'gb'],
  ['offences', 'offenses', 'gb'],
  ['pretence', 'pretense', 'gb'],
  // -yse / -yze
  ...expand(['analys', 'analyz'], ['e', 'ed', 'es', 'ing'], 'us'),
  ...expand(['paralys', 'paralyz'], ['e', 'ed', 'es', 'ing'], 'us'),
  ...expand(['catalys', 'catalyz'], ['e', 'ed', 'es', 'ing'], 'us'),
  // ae / oe
  ...expand(['paediatric', 'pediatric'], ['', 's', 'ian', 'ians'], 'us'),
  ...expand(['anaesthe', 'anesthe'], ['tic', 'tics', 'tist', 'tists', 'sia'], 'us'),
  ...expand(['haemo', 'hemo'], ['philia', 'globin', 'rrhage'], 'us'),
  ...expand(['leukaemia', 'leukemia'], [''], 'us'),
  ...expand(['diarrhoea', 'diarrhea'], [''], 'us'),
  ...expand(['oesophag', 'esophag'], ['us', 'eal'], 'us'),
  ...expand(['orthopaedic', 'orthopedic'], ['', 's'], 'us'),
  ...expand(['encyclopaedia', 'encyclopedia'], ['', 's'], 'us'),
  // Canadian Oxford and Canadian Press prefer "manoeuvre"; "maneuver" is common too.
  ...expand(['manoeuvre', 'maneuver'], ['', 's', 'd'], 'both'),
  ['oestrogen', 'estrogen', 'us'],
  ['foetus', 'fetus', 'us'],
  ['foetal', 'fetal', 'us'],
  // single words
  ['aluminium', 'aluminum', 'us'],
  // en-CA columns follow Canadian Oxford / Canadian Press usage: pyjamas (both seen), plow and
  // snowplow, mould and mold both standard.
  ['pyjamas', 'pajamas', 'both'],
  ...expand(['plough', 'plow'], ['', 's', 'ed', 'ing'], 'us'),
  ...expand(['snowplough', 'snowplow'], ['', 's', 'ed', 'ing'], 'us'),
  ['mould', 'mold', 'both'],
  ['moulds', 'molds', 'both'],
  ['mouldy', 'moldy', 'both'],
  ['sceptical', 'skeptical', 'us'],
  ['sceptic', 'skeptic', 'us'],
  ['sceptics', 'skeptics', 'us'],
  ['aeroplane', 'airplane', 'us'],
  ['aeroplanes', 'airplanes', 'us'],
  ['moustache', 'mustache', 'gb'],
  ['yoghurt', 'yogurt', 'us'],
  ['sulphur', 'sulfur', 'both'],
  ['cosy', 'cozy', 'us'],
  ['doughnut', 'donut', 'both'],
  ['doughnuts', 'donuts', 'both'],
  // practise (verb) / practice (noun) as in en-GB; the American verb forms practiced, practicing are also seen in Canada.
  ['practised', 'practiced', 'both'],
  ['practising', 'practicing', 'both'],
];

function expand([gbBase, usBase]: readonly [string, string], endings: readonly string[], ca: SpellingSide | 'both'): Array<readonly [string, string, SpellingSide | 'both']> {
  return endings.map((e) => [gbBase + e, usBase + e, ca] as const);
}

function buildPairs(): SpellingPair[] {
  const pairs: SpellingPair[] = [];
  for (const stem of new Set(ISE_STEMS.split(/\s+/).filter(Boolean))) {
    for (const [gb, us] of ISE_ENDINGS) pairs.push({ gb: stem + gb, us: stem + us, ca: 'us' });
  }
  for (const [gb, us, ca] of FAMILIES) pairs.push({ gb, us, ca });
  // Context-dependent pairs.
  pairs.push({ gb: 'programme', us: 'program', ca: 'us', au: 'both', context: 'program' });
  pairs.push({ gb: 'programmes', us: 'programs', ca: 'us', au: 'both', context: 'program' });
  // "licence" is the noun in en-GB; "license" is the verb everywhere (licensed, licensing are fine).
  pairs.push({ gb: 'licence', us: 'license', ca: 'gb', context: 'license-noun' });
  pairs.push({ gb: 'licences', us: 'licenses', ca: 'gb', context: 'license-noun' });
  // Only the British form is unambiguous: "check", "tire", "curb" are ordinary words in en-GB too.
  pairs.push({ gb: 'cheque', us: 'check', ca: 'gb', onlyGb: true });
  pairs.push({ gb: 'cheques', us: 'checks', ca: 'gb', onlyGb: true });
  pairs.push({ gb: 'tyre', us: 'tire', ca: 'us', onlyGb: true });
  pairs.push({ gb: 'tyres', us: 'tires', ca: 'us', onlyGb: true });
  pairs.push({ gb: 'kerb', us: 'curb', ca: 'us', onlyGb: true });
  pairs.push({ gb: 'kerbside', us: 'curbside', ca: 'us' });
  // "practice" is the noun everywhere; only the verb "practise" is British (Canada: practise, v.).
  pairs.push({ gb: 'practise', us: 'practice', ca: 'gb', onlyGb: true });
  pairs.push({ gb: 'practises', us: 'practices', ca: 'gb', onlyGb: true });
  // "catalogue" is also written in en-US (library catalogues), so only "catalog" is flagged, outside the US.
  for (const e of ['', 's', 'd']) pairs.push({ gb: `catalogue${e}`, us: `catalog${e}`, ca: 'gb', onlyUs: true });
  // "cancelled" is a standard American variant (Merriam-Webster gives both), so only "canceled" is flagged,
  // outside the US.
  for (const e of ['ed', 'ing']) pairs.push({ gb: `cancell${e}`, us: `cancel${e}`, ca: 'gb', onlyUs: true });
  pairs.push({ gb: 'storey', us: 'story', ca: 'gb', onlyGb: true });
  pairs.push({ gb: 'storeys', us: 'stories', ca: 'gb', onlyGb: true });
  // "meter" is also a measuring device in en-GB (parking meter, smart meter).
  pairs.push({ gb: 'metre', us: 'meter', ca: 'gb', context: 'meter' });
  pairs.push({ gb: 'metres', us: 'meters', ca: 'gb', context: 'meter' });
  return pairs;
}

let index: { gb: Map<string, SpellingPair>; us: Map<string, SpellingPair> } | undefined;

/** Spelling pairs by their British form and by their American form (lower case). */
export function spellingIndex(): { gb: Map<string, SpellingPair>; us: Map<string, SpellingPair> } {
  if (index) return index;
  const gb = new Map<string, SpellingPair>();
  const us = new Map<string, SpellingPair>();
  for (const p of buildPairs()) {
    if (p.gb === p.us) continue;
    if (!gb.has(p.gb)) gb.set(p.gb, p);
    if (!us.has(p.us)) us.set(p.us, p);
  }
  return (index = { gb, us });
}

export type SpellingLocale = 'en-GB' | 'en-AU' | 'en-NZ' | 'en-IE' | 'en-US' | 'en-CA';

/**
 * For a word in a locale, the pair it belongs to and the spelling the locale prefers, when the word is
 * the other locale's form. `undefined` when the word is fine (or not in the data).
 */
export function preferredSpelling(word: string, locale: SpellingLocale): { pair: SpellingPair; wrong: SpellingSide; preferred: string } | undefined {
  const w = word.toLowerCase();
  const { gb, us } = spellingIndex();
  const british = locale === 'en-GB' || locale === 'en-AU' || locale === 'en-NZ' || locale === 'en-IE';
  if (british) {
    const pair = us.get(w);
    if (locale === 'en-AU' && pair?.au === 'both') return undefined;
    if (pair && !pair.onlyGb && !gb.has(w)) return { pair, wrong: 'us', preferred: pair.gb };
    return undefined;
  }
  if (locale === 'en-US') {
    const pair = gb.get(w);
    if (pair && !pair.onlyUs && !us.has(w)) return { pair, wrong: 'gb', preferred: pair.us };
    return undefined;
  }
  // en-CA: flag whichever form Canadian usage does not prefer.
  const asGb = gb.get(w);
  if (asGb && asGb.ca === 'us' && !us.has(w)) return { pair: asGb, wrong: 'gb', preferred: asGb.us };
  const asUs = us.get(w);
  if (asUs && asUs.ca === 'gb' && !asUs.onlyGb && !gb.has(w)) return { pair: asUs, wrong: 'us', preferred: asUs.gb };
  return undefined;
}

const flaggable = new Map<SpellingLocale, ReadonlySet<string>>();

/**
 * Every lower-case word `preferredSpelling` flags in `locale` (all lower-case ASCII letters), built once
 * per locale: a draft whose word set has none of them has nothing to flag.
 */
export function flaggableSpellings(locale: SpellingLocale): ReadonlySet<string> {
  let set = flaggable.get(locale);
  if (!set) {
    const { gb, us } = spellingIndex();
    set = new Set([...gb.keys(), ...us.keys()].filter((w) => preferredSpelling(w, locale) !== undefined));
    flaggable.set(locale, set);
  }
  return set;
}

/** Copies the capitalisation of `model` onto `word` (all caps, initial capital, or lower case). */
export function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  if (model[0] && model[0] === model[0].toUpperCase()) return word.charAt(0).toUpperCase() + word.slice(1);
  return word;
}
