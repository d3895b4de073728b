// Irish identification words and loan words. Function words from standard Irish grammar (the copula and
// "bí", prepositional pronouns, articles); "an", "is", "a", "i", "do", "go", "de", "air" are left out
// (English or French use them as often). Lower-case, NFC.

export const STOPWORDS: readonly string[] = (
  'agus tá níl bhí beidh atá bhfuil raibh ag le leis sa ó ón faoi chuig gur nach mo sé sí siad muid sibh mé ' +
  'tú seo sin siúd é í iad ach nó má mar níos freisin chun roimh trí thar idir gach aon cé cad conas cén agat agam ' +
  'againn aige aici acu dúinn duit linn libh leat liom orm ort uirthi orainn orthu na ina lena dá ní nár arís anois ' +
  'inniu amárach bheidh béidh chuir déan'
).split(' ');

export const EVIDENCE: readonly string[] = (
  'dia maith fáilte míle buíochas beannachtaí comhairle contae rialtas oifig seirbhís seirbhísí eolas baile átha cliath ' +
  'daoine pobal scoileanna páistí uimhir seoladh ríomhphost fón lá seachtain mí bliain'
).split(' ');

/** Irish words and phrases that English posts in Ireland use as they are (offices, greetings, the police). */
export const LOANWORDS: readonly string[] = [
  'go raibh maith agat', 'go raibh maith agaibh', 'sláinte', 'gaeilge', 'taoiseach', 'tánaiste', 'dáil', 'dáil éireann',
  'seanad', 'seanad éireann', 'oireachtas', 'gardaí', 'garda', 'garda síochána', 'an garda síochána', 'ceann comhairle',
  'fáilte', 'céad míle fáilte', 'craic', 'cúpla focal', 'feis', 'dia duit', 'dia dhuit', 'slán', 'le meas', 'a chara',
  'gaelscoil', 'gaeltacht', 'uachtarán', 'teachta dála', 'éire', 'éireann', 'seachtain na gaeilge', 'údarás na gaeltachta',
];

/** Named word lists for Irish checks (filled by the checks that read them). */
export const WORD_LISTS: Readonly<Record<string, readonly string[]>> = {};
