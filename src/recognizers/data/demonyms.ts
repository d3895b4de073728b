// Adjectives of nationality that label a phone number's country ("my Japanese number", "her Polish
// mobile"), by ISO 3166 code. Country names themselves come from Intl.DisplayNames; these are the
// adjectives it has no data for. Data only.
export const DEMONYMS: Readonly<Record<string, string>> = {
  afghan: 'AF', albanian: 'AL', algerian: 'DZ', american: 'US', argentine: 'AR', argentinian: 'AR', armenian: 'AM', australian: 'AU',
  austrian: 'AT', bangladeshi: 'BD', belgian: 'BE', bolivian: 'BO', bosnian: 'BA', brazilian: 'BR', british: 'GB', bulgarian: 'BG',
  cambodian: 'KH', cameroonian: 'CM', canadian: 'CA', chilean: 'CL', chinese: 'CN', colombian: 'CO', croatian: 'HR', cuban: 'CU',
  cypriot: 'CY', czech: 'CZ', danish: 'DK', dutch: 'NL', ecuadorian: 'EC', egyptian: 'EG', emirati: 'AE', english: 'GB',
  eritrean: 'ER', estonian: 'EE', ethiopian: 'ET', filipino: 'PH', finnish: 'FI', french: 'FR', georgian: 'GE', german: 'DE',
  ghanaian: 'GH', greek: 'GR', hungarian: 'HU', icelandic: 'IS', indian: 'IN', indonesian: 'ID', iranian: 'IR', iraqi: 'IQ',
  irish: 'IE', israeli: 'IL', italian: 'IT', jamaican: 'JM', japanese: 'JP', jordanian: 'JO', kenyan: 'KE', korean: 'KR',
  kurdish: 'IQ', latvian: 'LV', lebanese: 'LB', lithuanian: 'LT', malaysian: 'MY', maltese: 'MT', mexican: 'MX', moroccan: 'MA',
  nepali: 'NP', nepalese: 'NP', nigerian: 'NG', norwegian: 'NO', pakistani: 'PK', palestinian: 'PS', peruvian: 'PE', polish: 'PL',
  portuguese: 'PT', romanian: 'RO', russian: 'RU', rwandan: 'RW', saudi: 'SA', scottish: 'GB', senegalese: 'SN', serbian: 'RS',
  singaporean: 'SG', slovak: 'SK', slovenian: 'SI', somali: 'SO', 'south african': 'ZA', spanish: 'ES', 'sri lankan': 'LK',
  sudanese: 'SD', swedish: 'SE', swiss: 'CH', syrian: 'SY', taiwanese: 'TW', thai: 'TH', tunisian: 'TN', turkish: 'TR',
  ugandan: 'UG', ukrainian: 'UA', venezuelan: 'VE', vietnamese: 'VN', welsh: 'GB', yemeni: 'YE', zambian: 'ZM', zimbabwean: 'ZW',
  'kiwi': 'NZ', 'new zealand': 'NZ',
};
