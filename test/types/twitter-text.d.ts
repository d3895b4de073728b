// The few twitter-text functions the counting tests use as an oracle (the package ships no types).
declare module 'twitter-text' {
  export interface ParsedTweet {
    weightedLength: number;
    valid: boolean;
    permillage: number;
  }
  const twitterText: {
    parseTweet(text: string): ParsedTweet;
    extractUrls(text: string): string[];
  };
  export default twitterText;
}
