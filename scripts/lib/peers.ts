// The npm summarisers newsbrief is compared with, each reduced to "sentences in rank order" so
// that one budget filler serves every system alike.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

export interface RankedSentence {
  text: string;
  /** Position in the article. */
  index: number;
}

type LexRank = {
  summarize(
    text: string,
    lines: number,
    callback: (error: unknown, top: { text: string; index: number; weight: number }[]) => void,
  ): void;
};

type Pre = {
  paragraphToSentences(text: string): string[];
  cleanSentences(list: string[]): [string[], Map<string, string>];
  tokenizeSentences(list: string[]): string[];
  getWeights(words: string[]): Map<string, number>;
  sentenceWeights(list: string[], weights: Map<string, number>): [number, string][];
  nounsAndAdjectives(list: string[]): Promise<Map<string, string[]>>;
  createTextRankGraph(map: Map<string, string[]>): unknown;
  textRank(graph: unknown): Map<string, number>;
};

const lexrank = require('lexrank') as LexRank;
const { Preprocesser } = require('node-summarizer/src/Preprocesser.js') as {
  Preprocesser: new () => Pre;
};

export function rankLexRank(text: string): RankedSentence[] {
  let out: RankedSentence[] = [];
  lexrank.summarize(text, Number.MAX_SAFE_INTEGER, (_error, top) => {
    out = [...top].sort((a, b) => b.weight - a.weight).map(({ text, index }) => ({ text, index }));
  });
  return out;
}

/** node-summarizer cleans its sentence list in place: keep the originals beside it. */
function prepare(text: string): { pre: Pre; original: string[]; clean: string[] } {
  const pre = new Preprocesser();
  const original = [...pre.paragraphToSentences(text)];
  const [clean] = pre.cleanSentences([...original]);
  return { pre, original, clean };
}

function byWeight(original: string[], clean: string[], weighted: Iterable<[number, string]>) {
  return [...weighted]
    .sort((a, b) => b[0] - a[0])
    .map(([, sentence]) => {
      const index = clean.indexOf(sentence);
      return { text: original[index] ?? sentence, index };
    });
}

export function rankFrequency(text: string): RankedSentence[] {
  const { pre, original, clean } = prepare(text);
  const weights = pre.getWeights(pre.tokenizeSentences(clean));
  return byWeight(original, clean, pre.sentenceWeights(clean, weights));
}

export async function rankTextRank(text: string): Promise<RankedSentence[]> {
  const { pre, original, clean } = prepare(text);
  const map = await pre.nounsAndAdjectives(clean);
  const ranks = pre.textRank(pre.createTextRankGraph(map));
  return byWeight(
    original,
    clean,
    [...ranks].map(([sentence, weight]) => [weight, sentence] as [number, string]),
  );
}

export const peers = {
  lexrank: async (text: string) => rankLexRank(text),
  'node-summarizer frequency': async (text: string) => rankFrequency(text),
  'node-summarizer textrank': rankTextRank,
} as const;
