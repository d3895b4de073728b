// French identification words and loan words. Function words from standard French grammar; "a", "on",
// "plus", "son", "si", "par" are left out (English uses them too). Elided forms ("l'", "d'", "qu'") are
// matched as prefixes by the identifier. Lower-case, NFC.

export const STOPWORDS: readonly string[] = (
  "le la les un une des du de et est sont au aux dans pour avec sans ce cette ces qui que ne pas nous vous ils elles " +
  "il elle je leur leurs notre nos votre vos mais où ou donc être avoir été très aussi tous toutes toute tout entre chez " +
  "cela ça sur se sa ses ont était peut fait comme même dont lors afin selon depuis pendant en l' d' qu' j' s' n' c' " +
  "c'est n'est qu'il qu'elle aujourd'hui votre avez sommes êtes"
).split(' ');

export const EVIDENCE: readonly string[] = (
  'bonjour bonsoir salut madame monsieur français française gouvernement renseignements avis demain lundi mardi ' +
  'mercredi jeudi vendredi samedi dimanche ville citoyens citoyennes courriel téléphone numéro adresse'
).split(' ');

/** French words and phrases that English posts (in Canada above all) use as they are. */
export const LOANWORDS: readonly string[] = [
  'merci', 'merci beaucoup', 'bonjour', 'bonsoir', 'bienvenue', 'au revoir', 'à bientôt', "s'il vous plaît", 'bon appétit',
  "c'est la vie", 'déjà vu', 'rendez-vous', 'joie de vivre', "raison d'être", 'fête', 'francophone', 'francophonie',
  'la francophonie', 'québécois', 'québécoise', 'acadien', 'acadienne', 'je me souviens', 'bonne fête', 'bonne année',
];

/** Named word lists for French checks (filled by the checks that read them). */
export const WORD_LISTS: Readonly<Record<string, readonly string[]>> = {};
