// English identification words: frequent function words that none of the other supported languages
// (Welsh, French, Irish, Māori) also uses often. Left out on purpose: "a", "i", "o", "in", "on", "an"
// (Irish "the"), "is" stays (Irish uses it too, but far less than English does), "he", "me", "no", "to"
// (Māori words), "do", "go" (Irish), "at" (Welsh). Source: general English grammar, lower-case.

export const STOPWORDS: readonly string[] = (
  'the and of to is are was were be been being with for by from this that these those it its you your yours we our ours ' +
  'they their them will would can could should must may might have has had not but or if as what which who whom whose ' +
  'when where there here all any more most about into than then out up also just please how my she his her him does did ' +
  'so get got our us now see find help only after before today people between each other some such our were because ' +
  "while during over under again further once don't can't won't it's we're you're they're i'm we'll you'll there's"
).split(' ');

export const EVIDENCE: readonly string[] = (
  'thank thanks hello welcome council service services information news monday tuesday wednesday thursday friday ' +
  'saturday sunday january february march april may june july august september october november december new free ' +
  'open closed road day call visit book online'
).split(' ');

/** English has no loan-word list: it is the language English-only rules are written for. */
export const LOANWORDS: readonly string[] = [];

/** Named word lists for English checks live with the rules (src/text, rules/*): none here yet. */
export const WORD_LISTS: Readonly<Record<string, readonly string[]>> = {};
