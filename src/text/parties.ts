// Political parties of the UK, Ireland, Australia, New Zealand, Canada and the US, as written in posts.
// Shared by `impartiality/party-political` and `impartiality/election-period`. Names are matched
// case-sensitively: "Labour Day", "labour market", "liberal arts", "green spaces" and "conservative
// estimate" are not parties, and even capitalised names need party context before a rule reports them.

/** Names that only ever mean a party (still reported only with context: praise, vote, office). */
export const PARTY_NAMES = [
  'Labour', 'Labour Party', 'Conservative', 'Conservatives', 'Conservative Party', 'Tory', 'Tories', 'Liberal Democrat', 'Liberal Democrats',
  'Lib Dem', 'Lib Dems', 'LibDem', 'LibDems', 'Green Party', 'Greens', 'SNP', 'Plaid Cymru', 'Plaid', 'Reform UK', 'DUP', 'UUP', 'TUV',
  'Sinn Féin', 'Sinn Fein', 'SDLP', 'Alliance Party', 'Fianna Fáil', 'Fianna Fail', 'Fine Gael', 'Social Democrats', 'Aontú',
  'People Before Profit', 'Labor', 'Labor Party', 'Liberal Party', 'Liberal National Party', 'LNP', 'One Nation', 'Te Pāti Māori',
  'Te Pati Maori', 'Māori Party', 'NZ First', 'New Zealand First', 'National Party', 'ACT Party', 'NDP', 'New Democrats',
  'New Democratic Party', 'Bloc Québécois', 'Bloc Quebecois', 'Democrat', 'Democrats', 'Democratic Party', 'Republican Party', 'GOP',
  'Teals', 'Teal independents',
] as const;

/** Words that are parties only next to an office or "Party": Green, Liberal, National, ACT, Alliance … */
export const AMBIGUOUS_PARTY_NAMES = ['Green', 'Liberal', 'Liberals', 'National', 'Nationals', 'ACT', 'Alliance', 'Reform', 'Republican', 'Republicans', 'Democratic', 'Teal'] as const;

// Party names in social media handles (RT @UKLabour, via @Conservatives, @AustralianLabor, @NZNationalParty).
export const PARTY_HANDLE =
  /@(?=[\p{L}\p{N}_]{0,30}(?:labour|labor|tory|tories|conservatives?|libdems?|snp|greenparty|thegreens|greens|plaid|reformuk|dupleader|duponline|sinnfein|sdlp|fiannafail|finegael|alpnational|liberals|nationals|onenation|actparty|nzfirst|nznational|ndp|blocqc|gop|democrats|dems|republicans))[\p{L}\p{N}_]{1,30}/iu;
