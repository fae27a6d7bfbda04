// text-readability ships no types; these are the methods tools/lib/readability.ts uses.
declare module 'text-readability' {
  interface Readability {
    lexiconCount(text: string, removePunctuation?: boolean): number;
    sentenceCount(text: string): number;
    averageSentenceLength(text: string): number;
    fleschReadingEase(text: string): number;
    fleschKincaidGrade(text: string): number;
  }
  const readability: Readability;
  export default readability;
}
