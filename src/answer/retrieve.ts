// BM25 over the sentences of every given article, written here rather than with
// wink-bm25-text-search: that package needs a fresh index (and at least 3 documents) for each
// set of articles, while sentence statistics are cached per article and summed per question.
import type { AnalysedArticle, AnalysedSentence } from './analyze.js';
import type { Question } from './question.js';

export interface Hit {
  analysed: AnalysedArticle;
  sentence: AnalysedSentence;
  score: number;
  /**
   * IDF-weighted support, 0..1: terms found here count fully, terms found elsewhere in the
   * article half against (a pronoun may stand for them), terms the article never uses
   * count 1.5 against — a question about what is not there ("Wimbledon") is unanswerable.
   */
  coverage: number;
  /** Question keys matched here. */
  matched: Set<string>;
  /** Tokens that match a question term, with that term and its share of the weight. */
  anchors: Anchor[];
}

export interface Anchor {
  term: string;
  index: number;
  weight: number;
}

const k1 = 1.2;
const b = 0.75;
const absentWeight = 1.5;

export function retrieve(
  question: Question,
  articles: readonly AnalysedArticle[],
  { top = 6, boostVerbs = true } = {},
): Hit[] {
  let count = 0;
  let lengths = 0;
  const df = new Map<string, number>();
  const variants = articles.map((analysed) => variantsIn(question, analysed));
  articles.forEach((analysed, a) => {
    count += analysed.sentences.length;
    lengths += analysed.averageLength * analysed.sentences.length;
    for (const term of question.terms) {
      const n = Math.max(0, ...(variants[a]?.get(term) ?? []).map((k) => analysed.df.get(k) ?? 0));
      df.set(term, (df.get(term) ?? 0) + n);
    }
  });
  const average = lengths / Math.max(1, count);
  const idf = new Map<string, number>();
  for (const term of question.terms) {
    const n = df.get(term) ?? 0;
    const weight = boostVerbs && question.verbs.has(term) ? 1.5 : 1;
    idf.set(term, weight * Math.log(1 + (count - n + 0.5) / (n + 0.5)));
  }
  const totalIdf = [...idf.values()].reduce((a, v) => a + v, 0) || 1;
  const hits: Hit[] = [];
  articles.forEach((analysed, a) => {
    const inBody = (term: string) =>
      (variants[a]?.get(term) ?? []).some((key) => analysed.df.has(key));
    const present = (term: string) =>
      (variants[a]?.get(term) ?? []).some(
        (key) => analysed.df.has(key) || analysed.titleKeys.has(key),
      );
    // A story whose headline shares the question's words is more likely the one asked about.
    let headline = 0;
    for (const [term, w] of idf) if (analysed.titleKeys.has(term)) headline += w / totalIdf;
    for (const sentence of analysed.sentences) {
      let score = 0;
      let covered = 0;
      let against = 0;
      const matched = new Set<string>();
      const anchors: Anchor[] = [];
      for (const term of question.terms) {
        let tf = 0;
        for (const key of variants[a]?.get(term) ?? []) tf += sentence.tf.get(key) ?? 0;
        if (tf === 0) {
          const w = (idf.get(term) ?? 0) * (analysed.titleKeys.has(term) ? 0.5 : 1);
          if (analysed.titleKeys.has(term) && !inBody(term)) {
            // A headline word the story never repeats holds for all of it ("repairs" in the
            // title, "at a cost of" in the text): half credit in every sentence.
            covered += w * 0.5;
            score += (w * 0.5 * (k1 + 1)) / (1 + k1 * (1 - b + (b * sentence.length) / average));
          } else {
            // A word the answer itself states ("cost" for "a £7m musical") counts as said
            // elsewhere, unless another of the articles does say it.
            const said = present(term) || (question.implied.has(term) && !df.get(term));
            against += w * (said ? 0.5 : absentWeight);
          }
          continue;
        }
        // The relation asked about ("traded") weighs more than its arguments ("Russia").
        const keys = variants[a]?.get(term) ?? [];
        const verb =
          boostVerbs && sentence.tokens.some((t) => t.pos === 'VERB' && keys.includes(t.key));
        const base = idf.get(term) ?? 0;
        // Title words are the topic: "the two countries" stands for "Russia and China".
        const topic = analysed.titleKeys.has(term) ? 0.5 : 1;
        const w = base * topic * (verb && !question.verbs.has(term) ? 1.5 : 1);
        matched.add(term);
        covered += base * topic;
        sentence.tokens.forEach((t, index) => {
          if (keys.includes(t.key)) anchors.push({ term, index, weight: w / totalIdf });
        });
        score += (w * tf * (k1 + 1)) / (tf + k1 * (1 - b + (b * sentence.length) / average));
      }
      score *= 1 + 0.5 * headline;
      if (score > 0)
        hits.push({
          analysed,
          sentence,
          score,
          coverage: covered / (covered + against || 1),
          matched,
          anchors,
        });
    }
  });
  hits.sort((x, y) => y.score - x.score);
  return hits.slice(0, top);
}

/**
 * Each question term and the article's words that share its root: stems do not join
 * derivations ("oppose"/"opposition", "friendly"/"friendship"), a shared prefix of 5+ letters does.
 */
function variantsIn(question: Question, analysed: AnalysedArticle): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const term of question.terms) {
    const keys = [term];
    if (term.length >= 5 && !/\d/.test(term)) {
      for (const key of analysed.df.keys()) {
        if (key === term || key.length < 5) continue;
        const [short, long] = key.length < term.length ? [key, term] : [term, key];
        if (long.startsWith(short)) keys.push(key);
      }
    }
    out.set(term, keys);
  }
  return out;
}
