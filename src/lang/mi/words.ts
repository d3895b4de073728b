// Māori identification words and loan words. Function words (particles, articles, pronouns) from
// standard te reo Māori grammar, with and without macrons as posts write them; "a", "i", "o", "e", "he",
// "me", "to", "no", "ma", "ana" are left out (English uses them), "na" is left to Irish. Lower-case, NFC.

export const STOPWORDS: readonly string[] = (
  'te ngā nga ki kei ka kua kia ko tēnei tenei tēnā tena tērā ēnei enei ērā nei rā anō ano hoki katoa mai atu ake ' +
  'iho ia rātou ratou tātou tatou mātou matou koutou ahau koe māua tāua rāua kōrua tana tōna tona taku tāku tōku toku ' +
  'whai engari ēngari hei kāore kaore mō mā nō nā ō ā tō tā ētahi etahi hē pēnei penei'
).split(' ');

export const EVIDENCE: readonly string[] = (
  'kōrero korero mahi hapori tangata tāngata whenua wairua aroha mihi nui rawa pai ora haere tautoko rangatahi tamariki ' +
  'mokopuna kaumātua kaumatua kaupapa tikanga reo whakaaro pānui panui rangi wā kāinga kainga hauora'
).split(' ');

/** Māori words and phrases that New Zealand English uses as they are (people, places, greetings). */
export const LOANWORDS: readonly string[] = [
  'kia ora', 'kia kaha', 'kia ora koutou', 'whānau', 'whanau', 'hui', 'aotearoa', 'marae', 'iwi', 'hapū', 'hapu', 'kaupapa',
  'tikanga', 'mana', 'haka', 'kai', 'koha', 'kōrero', 'korero', 'mahi', 'aroha', 'tamariki', 'rangatahi', 'kaumātua',
  'kaumatua', 'mokopuna', 'tangata whenua', 'te reo', 'te reo māori', 'te ao māori', 'pākehā', 'pakeha', 'wānanga',
  'kura', 'kaiako', 'mātauranga', 'whakapapa', 'manaakitanga', 'kaitiakitanga', 'whanaungatanga', 'wairua', 'hauora',
  'taonga', 'tapu', 'pōwhiri', 'powhiri', 'karakia', 'waiata', 'mihi', 'ka pai', 'tēnā koe', 'tēnā koutou',
  'tēnā koutou katoa', 'tena koutou', 'ngā mihi', 'nga mihi', 'ngā mihi nui', 'nga mihi nui', 'nau mai', 'haere mai',
  'nau mai haere mai', 'mōrena', 'morena', 'tautoko', 'rōpū', 'ropu', 'kāinga', 'matariki', 'waitangi', 'te whatu ora',
  'te aka whai ora', 'te papa', 'te puni kōkiri', 'te tiriti', 'te tiriti o waitangi', 'māori', 'maori', 'reo māori',
  'ōtautahi', 'tāmaki makaurau', 'pōneke', 'ōtepoti', 'kirikiriroa', 'te whanganui-a-tara',
];

/** Named word lists for Māori checks (filled by the checks that read them). */
export const WORD_LISTS: Readonly<Record<string, readonly string[]>> = {};
