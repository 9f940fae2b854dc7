// @nlpjs ships no type declarations; these cover the parts text-analysis.ts uses.
declare module '@nlpjs/lang-nl' {
  export class StemmerNl {
    stemWord(word: string): string;
  }
  export class StopwordsNl {
    dictionary: Record<string, boolean>;
    isStopword(word: string): boolean;
  }
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
