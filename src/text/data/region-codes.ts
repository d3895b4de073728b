// Data: abbreviations of countries, states, provinces and territories that hashtags run into words
// (#nbstorm, #bcwildfires, #nswfloods, #ukstorm), for hashtag splitting only. Subdivision codes from
// ISO 3166-2 (CA, US, AU) and the country codes these posts use; lower case, as the tags write them.
export const REGION_CODES: readonly string[] = [
  // countries
  'uk', 'nz', 'usa', 'au', 'aus',
  // Canada (ISO 3166-2:CA)
  'ab', 'bc', 'mb', 'nb', 'nl', 'ns', 'nt', 'nu', 'pe', 'pei', 'qc', 'sk', 'yt',
  // Australia (ISO 3166-2:AU)
  'nsw', 'qld', 'vic', 'tas', 'act',
  // United States (ISO 3166-2:US), without the codes that are also words or word pieces (co, de, hi, id,
  // in, la, ma, me, mo, ne, oh, ok, or, pa)
  'al', 'ak', 'az', 'ar', 'ca', 'ct', 'dc', 'fl', 'ga', 'il', 'ia', 'ks', 'ky', 'md', 'mi', 'mn', 'ms', 'mt', 'nv', 'nh',
  'nj', 'nm', 'ny', 'nyc', 'nc', 'nd', 'ri', 'sc', 'sd', 'tn', 'tx', 'ut', 'vt', 'va', 'wa', 'wv', 'wi', 'wy',
];
