/** The parts of @nlpjs's language packages (CommonJS, without types) that lib/kb and lib/nlp use. */
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
declare module '@nlpjs/lang-en-min' {
  export class StemmerEn {
    stemWord(word: string): string;
  }
  export class StopwordsEn {
    dictionary: Record<string, boolean>;
    isStopword(word: string): boolean;
  }
}
