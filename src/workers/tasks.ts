// The engine's CPU work, the same whether it runs on the main thread (small inputs) or in a
// worker thread (large ones): reading a page or text into an Article, briefing it with its key
// facts, answering a question. Plain data in, plain data out, so it crosses threads as is.
import type { Answer } from '../answer/types.js';
import type { FetchedText } from '../article/fetch-types.js';
import { readArticle, readFetchedPage } from '../article/load.js';
import type { Article, ArticleInput } from '../article/types.js';
import { NewsbriefError, type NewsbriefErrorCode } from '../errors.js';
import { summarize } from '../summarize/index.js';
import type { Brief, SummaryOptions } from '../summarize/types.js';

/** What is known of an article before reading it (a feed's title, link, date): it wins. */
export type KnownFields = Partial<
  Pick<Article, 'id' | 'title' | 'source' | 'url' | 'siteName' | 'publishedAt'>
>;

/** An article to brief: text or HTML in hand, a page already fetched, or one read before. */
export type BriefSource =
  | Exclude<ArticleInput, { kind: 'url' }>
  | { kind: 'page'; page: FetchedText; url: string }
  | { kind: 'article'; article: Article };

export interface BriefSettings extends SummaryOptions {
  /** false: leave the key facts unread (the batch summariser never shows them). */
  facts?: boolean;
  /** false: do not read the article ahead for questions (a batch asks none). */
  readAhead?: boolean;
  known?: KnownFields;
  /** true: suggest a question the answerer answers from this article (a chat brief's hint). */
  followUp?: boolean;
}

export interface BriefTask {
  verb: 'brief';
  source: BriefSource;
  settings: BriefSettings;
  /** Read a large article for questions once the brief is out (the worker keeps the result). */
  readAhead: boolean;
}

export interface AnswerTask {
  verb: 'answer';
  question: string;
  articles: readonly Article[];
}

export type EngineTask = BriefTask | AnswerTask;
export interface Briefed {
  article: Article;
  brief: Brief;
  /** A question about the article that the answerer answers from it, when asked for one. */
  followUp?: string;
}

/**
 * Work on inputs up to this many characters (about 3,000 words) takes a few milliseconds and
 * runs where it is asked; larger pages, texts and first readings go to the worker threads.
 */
export const inlineChars = 20_000;

/**
 * Story text beyond this is more than any news article (a long read is ~15,000 words, ~90,000
 * characters); briefing it and reading it for questions would hold a worker for seconds.
 */
export const maxArticleChars = 200_000;

export function briefNow(task: BriefTask): Briefed {
  const article = withKnown(read(task.source), task.settings.known);
  if (article.text.length > maxArticleChars) throw tooLong(article.text);
  const {
    facts,
    known: _known,
    readAhead: _readAhead,
    followUp: _followUp,
    ...options
  } = task.settings;
  const brief = summarize(article, options);
  if (facts !== false) void brief.facts;
  if (task.readAhead && article.text.length > inlineChars) readAheadSoon(article, 0);
  return { article, brief };
}

type Answers = typeof import('../answer/index.js') &
  typeof import('../answer/analyze.js') &
  typeof import('../answer/suggest.js');
let answers: Answers | undefined;

/**
 * The answerer, loaded on first use: reading its paraphrase list needs the wink model, which a
 * brief from the command line (facts only) would otherwise read a third time.
 */
export async function loadAnswers(): Promise<Answers> {
  answers ??= {
    ...(await import('../answer/index.js')),
    ...(await import('../answer/analyze.js')),
    ...(await import('../answer/suggest.js')),
  };
  return answers;
}

/** The answerer if it is loaded already: a cached question then costs no extra tick. */
export function loadedAnswers(): Answers | undefined {
  return answers;
}

export async function answerNow(task: AnswerTask): Promise<Answer> {
  const { answerQuestion } = answers ?? (await loadAnswers());
  return answerQuestion(task.question, task.articles);
}

/** Articles waiting to be read ahead; in a burst (a feed's new stories) only the latest. */
const waiting: Article[] = [];
const waitingCap = 32;
let scheduled = false;

/**
 * Prepares the answers to questions about an article after a delay, so the reply that carries
 * its brief is on the wire first; one article a turn of the event loop. Best effort: a
 * failure resurfaces on the first question.
 */
export function readAheadSoon(article: Article, delayMs: number): void {
  waiting.push(article);
  if (waiting.length > waitingCap) waiting.shift();
  if (scheduled) return;
  scheduled = true;
  setTimeout(readNext, delayMs).unref();
}

async function readNext(): Promise<void> {
  const article = waiting.shift();
  try {
    if (article) (await loadAnswers()).readAhead(article);
  } catch {}
  if (waiting.length > 0) setTimeout(readNext, 0).unref();
  else scheduled = false;
}

function read(source: BriefSource): Article {
  if (source.kind === 'article') return source.article;
  if (source.kind === 'page') return readFetchedPage(source.page, source.url);
  return readArticle(source);
}

/** How much there is to read: what decides whether a task goes to a worker thread. */
export function sizeOf(source: BriefSource): number {
  if (source.kind === 'article') return source.article.text.length;
  if (source.kind === 'page') return source.page.body.length;
  return source.kind === 'html' ? source.html.length : source.text.length;
}

/**
 * The read article under what was already known of it. Built field by field: on Node 20 a
 * `{ ...loaded, id, … }` object gets a hidden class of its own, which only a full GC frees.
 */
export function withKnown(loaded: Article, known: KnownFields | undefined): Article {
  if (!known) return loaded;
  const article: Article = {
    id: known.id ?? loaded.id,
    title: known.title ?? loaded.title,
    text: loaded.text,
    source: known.source ?? loaded.source,
  };
  const siteName = known.siteName ?? loaded.siteName;
  const url = known.url ?? loaded.url;
  const publishedAt = known.publishedAt ?? loaded.publishedAt;
  if (siteName) article.siteName = siteName;
  if (url) article.url = url;
  if (loaded.byline) article.byline = loaded.byline;
  if (publishedAt) article.publishedAt = publishedAt;
  if (loaded.dateline) article.dateline = loaded.dateline;
  return article;
}

function tooLong(text: string): NewsbriefError {
  const words = Math.round(text.split(/\s+/).length / 1000) * 1000;
  return new NewsbriefError(
    'too_large',
    `That page holds about ${words.toLocaleString('en')} words, more than a brief reads (about 30,000). Send a link to a single article.`,
  );
}

/** A NewsbriefError as plain data, to cross a thread (structured clone drops `code`). */
export interface Failure {
  failed: { code: NewsbriefErrorCode; message: string };
}

export function asFailure(error: unknown): Failure | undefined {
  if (!(error instanceof NewsbriefError)) return undefined;
  return { failed: { code: error.code, message: error.message } };
}
