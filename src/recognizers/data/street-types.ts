// Street types of addresses, written out and abbreviated as the postal services print them (Royal Mail
// and An Post thoroughfare types, Australia Post and NZ Post street types, Canada Post street types, USPS
// Publication 28 suffixes). Data only: personal-data/address builds its pattern from this list. Words that
// are also everyday nouns after a number ("Run", "Line", "Common", "Pass", "Key") are left out.
export const STREET_TYPES: Readonly<Record<string, readonly string[]>> = {
  common: [
    'Street', 'St', 'Road', 'Rd', 'Avenue', 'Ave', 'Av', 'Lane', 'Ln', 'Drive', 'Dr', 'Close', 'Cl', 'Crescent', 'Cres', 'Cr', 'Grove', 'Gr', 'Grv',
    'Gardens', 'Gdns', 'Terrace', 'Tce', 'Terr', 'Ter', 'Place', 'Pl', 'Way', 'Wy', 'Court', 'Ct', 'Square', 'Sq', 'Mews', 'Row', 'Walk', 'Hill',
    'Rise', 'View', 'Parade', 'Pde', 'Boulevard', 'Blvd', 'Bvd', 'Highway', 'Hwy', 'Parkway', 'Pkwy', 'Trail', 'Trl', 'Green', 'Park', 'Vale',
    'Path', 'Loop', 'Circle', 'Cir', 'Heights', 'Hts', 'Bank', 'Side', 'Point', 'End', 'Yard', 'Cottages', 'Alley', 'Aly', 'Approach', 'App',
  ],
  uk: ['Wharf', 'Quay', 'Wynd', 'Brae', 'Croft', 'Fold', 'Chase', 'Meadow', 'Meadows', 'Copse', 'Glade', 'Gate', 'Lea', 'Dene', 'Embankment', 'Grange', 'Hollow', 'Orchard', 'Mead', 'Garth', 'Crossway', 'Broadway'],
  ie: ['Ascent', 'Grange', 'Lawn', 'Lawns', 'Demesne', 'Manor', 'Downs', 'Wood', 'Woods'],
  au: ['Circuit', 'Cct', 'Esplanade', 'Esp', 'Promenade', 'Prom', 'Track', 'Arcade', 'Arc', 'Bend', 'Brow', 'Concourse', 'Cnr', 'Corso', 'Cove', 'Dale', 'Fairway', 'Glen', 'Gully', 'Mall', 'Outlook', 'Pathway', 'Plaza', 'Retreat', 'Ridge', 'Rdg', 'Serpentine', 'Spur', 'Strand', 'Vista', 'Walkway'],
  nz: ['Glen', 'Grove', 'Heights', 'Terrace', 'Quay', 'Mall', 'Rise', 'Ridge', 'Vista'],
  ca: ['Crossing', 'Xing', 'Sideroad', 'Townline', 'Concession', 'Gate', 'Landing', 'Chemin', 'Rue', 'Rang', 'Montée', 'Bay', 'Mount'],
  us: ['Expressway', 'Expy', 'Freeway', 'Fwy', 'Turnpike', 'Tpke', 'Pike', 'Causeway', 'Cswy', 'Plz', 'Ctr', 'Cv', 'Xing', 'Ests', 'Estates', 'Mnr', 'Pt', 'Sta', 'Holw', 'Trce', 'Trace'],
};

/** Every street type once, longest first (so "Streets" is tried before "St"). */
export function streetTypeAlternation(): string {
  const all = new Set(Object.values(STREET_TYPES).flat());
  return [...all].sort((a, b) => b.length - a.length).join('|');
}

/**
 * Street types written before the street name, with the linking words that may follow them: French
 * (Canada Post's French types: "142, rue des Érables", "12 chemin du Lac"), Welsh ("5 Heol y Bont",
 * "3 Stryd Fawr"), Irish ("12 Bóthar na Trá") and te reo Māori ("112 Huarahi Mātai"). Lower or title case, as addresses are written.
 */
export const LEADING_STREET_TYPES: Readonly<Record<string, { types: readonly string[]; links: readonly string[] }>> = {
  fr: {
    types: ['rue', 'avenue', 'av.', 'boulevard', 'boul.', 'bd', 'chemin', 'ch.', 'route', 'rte', 'rang', 'montée', 'allée', 'impasse', 'promenade', 'croissant', 'côte', 'cours', 'terrasse', 'ruelle', 'sentier', 'carré', 'place'],
    links: ['de la', "de l'", 'de', 'des', 'du', "d'", 'la', 'le', 'les'],
  },
  cy: { types: ['heol', 'ffordd', 'stryd', 'lôn', 'cilgant', 'rhodfa', 'teras', 'clos'], links: ['y', "yr", "'r"] },
  ga: { types: ['bóthar', 'sráid', 'ascaill', 'lána', 'céide', 'plás', 'ardán', 'cearnóg'], links: ['na', 'an', 'an t-'] },
  // Te reo Māori street names put the type first too ("112 Huarahi Mātai", "4 Tiriti o Kupe", "9 Rori Pōhutukawa").
  mi: { types: ['huarahi', 'tiriti', 'rori', 'ara'], links: ['o', 'o te'] },
};

/** The leading street types and their linking words, as two alternations (longest first). */
export function leadingStreetTypeAlternations(): { types: string; links: string } {
  const esc = (w: string): string => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]");
  const types = [...new Set(Object.values(LEADING_STREET_TYPES).flatMap((l) => l.types))].sort((a, b) => b.length - a.length);
  const links = [...new Set(Object.values(LEADING_STREET_TYPES).flatMap((l) => l.links))].sort((a, b) => b.length - a.length);
  return { types: types.map(esc).join('|'), links: links.map(esc).join('|') };
}
