import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Document, Model, WinkMethods } from 'wink-nlp';
import { its, nlp, nlpAmounts, nlpNames } from '../../src/nlp/wink.js';

const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp') as (model: Model, pipe?: string[]) => WinkMethods;
const packageModel = require('wink-eng-lite-web-model') as Model;
const articles = join(import.meta.dirname, '..', '..', 'content', 'articles');

function reading(doc: Document): string {
  return JSON.stringify([
    doc.tokens().out(its.value),
    doc.tokens().out(its.pos),
    doc.entities().out(its.detail),
    doc.entities().out(its.span),
  ]);
}

describe('the shared wink-nlp model', () => {
  it('reads every sample article exactly as instances built by the package itself do', () => {
    const texts = ['council-budget-quotes.txt', 'rail-strike-long.txt', 'harbour-ferry-short.txt']
      .map((name) => readFileSync(join(articles, name), 'utf8'))
      .flatMap((text) => [
        text,
        text.toUpperCase(),
        `${text} Zyxqwv Blorptown's unheard-of words.`,
      ]);
    const pairs = [
      [nlp, winkNLP(packageModel, ['pos', 'ner'])],
      [nlpNames, winkNLP(packageModel, ['pos'])],
      [nlpAmounts, winkNLP(packageModel, ['ner'])],
    ] as const;
    for (const text of texts)
      for (const [ours, theirs] of pairs)
        expect(reading(ours.readDoc(text))).toBe(reading(theirs.readDoc(text)));
  });
});
