export type BriefLength = 'short' | 'standard' | 'long';

export interface KeyFacts {
  people: string[];
  organisations: string[];
  places: string[];
  dates: string[];
  money: string[];
  numbers: string[];
}

/** A brief of one article: every sentence in it is a sentence of the article. */
export interface Brief {
  headline: string;
  /** One or two sentences. */
  lede: string;
  /** Three to five sentences, in article order, none repeating the lede. */
  points: string[];
  facts: KeyFacts;
  readingMinutes: number;
  wordCount: number;
  /** File path or URL. */
  source: string;
  url?: string;
  /** The place of the article's dateline ("MOSCOW, Russia"), when it has one. */
  dateline?: string;
  /** The extractive summary as plain text, within the requested budget. */
  summary: string;
  /** Set when a model wrote the brief: every part was checked against the article. */
  checked?: { model: string; dropped: string[]; note: string };
}

export interface SummaryOptions {
  length?: BriefLength;
  maxSentences?: number;
  maxWords?: number;
}
