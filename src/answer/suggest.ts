// The follow-up a brief suggests ("Try: /ask …"): a question made from one of the story's first
// sentences — "Who <what the named subject did>?" — and kept only when the answerer, asked it,
// answers it from the article. A fixed "What happened next?" was declined more often than not.
import type { Article } from '../article/types.js';
import { analyse, type Token } from './analyze.js';
import { answerQuestion } from './index.js';

const firstSentences = 6;
const longest = 9;
const stop = /^[,.;:!?()—–-]$|^--$/;
const quote = /^["“”']$/;
const reporting = /^(said|says|say|told|tells|added|reports|reported)$/;
const copula = /^(is|are|was|were|be|been|'s)$/;

export function suggestQuestion(article: Article): string | undefined {
  const { sentences } = analyse(article);
  for (const sentence of sentences.slice(0, firstSentences)) {
    const question = whoDid(sentence.text, sentence.tokens);
    if (!question) continue;
    const answer = answerQuestion(question, [article]);
    if (answer.status === 'answered' && answer.answer) return question;
  }
  return undefined;
}

/** "Jiang Zemin and Putin have signed a new pact, …" -> "Who has signed a new pact?" */
function whoDid(text: string, tokens: Token[]): string | undefined {
  const verbAt = tokens.findIndex((t) => t.pos === 'VERB' || t.pos === 'AUX');
  const subject = tokens.slice(0, verbAt);
  if (verbAt < 1 || !subject.some((t) => t.pos === 'PROPN')) return undefined;
  if (subject.some((t) => stop.test(t.text) && t.text !== ',')) return undefined;
  if (reporting.test(tokens[verbAt]?.lower ?? '')) return undefined;
  if (copula.test(tokens[verbAt]?.lower ?? '') && tokens[verbAt + 1]?.pos !== 'VERB')
    return undefined;
  let end = verbAt;
  while (
    end + 1 < tokens.length &&
    end - verbAt < longest &&
    !stop.test(tokens[end + 1]?.text ?? '')
  )
    end++;
  // End on the head of a noun phrase: "… for a 40% drop", not "… a new".
  while (end > verbAt && !/^(NOUN|PROPN|NUM)$/.test(tokens[end]?.pos ?? '')) end--;
  if (tokens[end + 1]?.text === '-' || /^(NOUN|PROPN)$/.test(tokens[end + 1]?.pos ?? ''))
    return undefined;
  const phrase = tokens.slice(verbAt, end + 1).filter((t) => !quote.test(t.text));
  if (!phrase.some((t) => t.pos === 'VERB') || phrase.length < 2) return undefined;
  const first = phrase[0];
  const last = phrase[phrase.length - 1];
  if (!first || !last) return undefined;
  const said = text
    .slice(first.start, last.end)
    .replace(/["“”]/g, '')
    .replace(
      /^(have|are|were)\b/i,
      (w) => ({ have: 'has', are: 'is', were: 'was' })[w.toLowerCase()] ?? w,
    );
  return `Who ${said}?`;
}
