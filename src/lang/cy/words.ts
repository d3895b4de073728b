// Welsh identification words and loan words. Function words from standard Welsh grammar (articles,
// prepositions, pronouns, forms of "bod"), written as posts write them; "a", "i", "o", "am", "at",
// "na", "hi" are left out because English, Irish or Māori use them as often. Lower-case, NFC.

export const STOPWORDS: readonly string[] = (
  "y yr yn mae ac ar ei eu ein eich fy dy gyda gan wedi bod fod sydd oes ydy yw roedd oedd bydd fydd hefyd ond neu os " +
  "fel hyn hynny hwn hon hwnnw honno ble pwy beth sut pam chi ni nhw ti fe ydw ydych rydym rydyn rydych ydyn mewn ym yng " +
  "dros drwy trwy heb rhwng wrth yma yno nid nad ddim mwy pob rhai cael gael gwneud i'r o'r a'r mae'n dyma dyna " +
  "eisiau angen gallwch ewch ffoniwch cysylltwch gweler byddwn bydd gallu ydi fydd mai bydd"
).split(' ');

export const EVIDENCE: readonly string[] = (
  'diolch croeso noswaith iechyd cymraeg cyngor gwasanaeth gwasanaethau gwybodaeth newyddion heddiw yfory ' +
  'ysgol ysgolion pobl ardal llywodraeth dydd llun mercher gwener sadwrn sul ffordd ffyrdd rhif ' +
  'cyfeiriad ebost e-bost manylion cymorth gwefan wythnos mis blwyddyn amser rhagor wybodaeth unrhyw ymddiheurwn ' +
  'ymlaen newydd ddim dim gyhuddo cyhuddo heddlu tystion apêl ffliw clinig brechu nofio swydd wag gofal'
).split(' ');

/** Welsh words and phrases that English posts in Wales use as they are. */
export const LOANWORDS: readonly string[] = [
  'bore da', 'nos da', 'prynhawn da', 'diolch', 'diolch yn fawr', 'croeso', 'croeso i gymru', 'iechyd da', 'hwyl', 'hwyl fawr',
  'shwmae', 'sut mae', 'cymru', 'cymraeg', 'cymru am byth', 'eisteddfod', 'senedd', 'urdd', 'cwtch', 'hiraeth', 'cariad',
  'llongyfarchiadau', 'pob lwc', 'dydd gŵyl dewi', 'gŵyl', 'plaid cymru', 'ysgol', 'cyngor', 'tŷ', 'bach',
];

/** Named word lists for Welsh checks (filled by the checks that read them). */
export const WORD_LISTS: Readonly<Record<string, readonly string[]>> = {};
