/** The parts of @nlpjs/lang-nl (a CommonJS package without types) that Tact uses. */
declare module '@nlpjs/lang-nl' {
  export class StemmerNl {
    stemWord(word: string): string;
  }
  export class StopwordsNl {
    dictionary: Record<string, boolean>;
    isStopword(word: string): boolean;
  }
  export const SentimentNl: {
    /** pattern_nl: stemmed Dutch words → polarity in [-1, 1]. */
    pattern: Record<string, number>;
    negations: { words: string[] };
    stemmed: boolean;
  };
}
