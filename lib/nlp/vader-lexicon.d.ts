/** vader-sentiment (Apache-2.0) ships its lexicon as an ES module without types. */
declare module 'vader-sentiment/src/vader_lexicon.js' {
  /** word, emoticon or slang → mean human valence on −4..4. */
  export const lexicon: Readonly<Record<string, number>>;
}
