// FIRST VERSION (issue 2 owns and improves this; the signature is the contract).
import { nlp } from './wink.js';

export interface Sentence {
  text: string;
  /** Character offsets in the text that was split. */
  start: number;
  end: number;
  /** 0-based index of the paragraph (blank-line separated) it belongs to. */
  paragraph: number;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let offset = 0;
  text.split(/\n\s*\n/).forEach((para, paragraph) => {
    const at = text.indexOf(para, offset);
    offset = at + para.length;
    let cursor = at;
    for (const sentence of nlp.readDoc(para).sentences().out()) {
      const start = text.indexOf(sentence, cursor);
      if (start < 0) continue;
      cursor = start + sentence.length;
      out.push({ text: sentence, start, end: cursor, paragraph });
    }
  });
  return out;
}
