// The Porter stemmer the CNN/DM convention asks for, borrowed from `natural` (already in the
// tree as a dependency of node-summarizer) rather than re-implemented.
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const stemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as {
  stem(token: string): string;
};

const cache = new Map<string, string>();

export function porterStem(token: string): string {
  let stem = cache.get(token);
  if (stem === undefined) {
    stem = stemmer.stem(token);
    cache.set(token, stem);
  }
  return stem;
}
