/** A news article once extracted and cleaned: what the summariser and the answerer read. */
export interface Article {
  /** Stable id: the URL or path it came from, or a hash of its text. */
  id: string;
  title: string;
  /** Cleaned body text: paragraphs separated by blank lines, no navigation or captions. */
  text: string;
  /** Where it came from: a file path or a URL, for the link in a brief. */
  source: string;
  url?: string;
  byline?: string;
  siteName?: string;
  /** ISO date when the page or feed says it. */
  publishedAt?: string;
  /** The language of the text, a BCP 47 primary tag ("en", "ja"), when it can be told. */
  lang?: string;
  /** The place of a dateline such as "MOSCOW, Russia --", kept as a fact. */
  dateline?: string;
}

/** What a user hands the engine to brief. */
export type ArticleInput =
  | { kind: 'text'; text: string; title?: string; source?: string }
  | { kind: 'html'; html: string; url?: string; source?: string }
  | { kind: 'url'; url: string };
