import { createRequire } from 'node:module';
import type { AsHelpers, Document, ItsHelpers, Model, WinkMethods } from 'wink-nlp';

/**
 * wink-nlp instances, made on first use: the model costs ~150 ms to require and ~100 ms to read
 * into memory, which a command that never reads a word through wink (`--help`, the batch
 * summariser, a start-up) should not pay. Answers read tokens, part of speech and entities:
 * sentence splitting, negation and sentiment cost over a third of readDoc and change none of
 * those (checked on every SQuAD dev and BBC sentence).
 */
const require = createRequire(import.meta.url);
const winkNLP = require('wink-nlp') as (model: Model, pipe?: string[]) => WinkMethods;

// Static helpers of the package itself: reading them needs no model.
export const its = require('wink-nlp/src/its.js') as ItsHelpers;
export const as = require('wink-nlp/src/as.js') as AsHelpers;

type CoreModel = {
  features: Record<string, { list: unknown[]; hash?: Record<string, number> }>;
} & Record<string, unknown>;

let model: (Model & { core(): CoreModel }) | undefined;
let core: CoreModel | undefined;

function loadModel(): Model {
  if (model) return model;
  const loaded = require('wink-eng-lite-web-model') as Model & { core(): CoreModel };
  // Each instance reads the whole core model again (a JSON round trip and a base64 decode,
  // ~100 ms). Only its feature tables change while reading (each instance's cache adds the
  // words it has not seen), so instances share one read and get their own layer over those:
  // a lookup falls through to the shared table, a new word is written to the instance's own.
  model = {
    ...loaded,
    core: () => {
      core ??= loaded.core();
      return copyFeatures(core);
    },
  };
  return model;
}

function copyFeatures(read: CoreModel): CoreModel {
  const features: CoreModel['features'] = {};
  for (const [name, feature] of Object.entries(read.features)) {
    features[name] = {
      ...feature,
      list: feature.list.slice(),
      ...(feature.hash ? { hash: Object.create(feature.hash) } : {}),
    };
  }
  return { ...read, features };
}

/** An instance that reads the model when its first document is read. */
function lazyInstance(pipe: string[]): Pick<WinkMethods, 'readDoc'> {
  let instance: WinkMethods | undefined;
  return {
    readDoc(text: string): Document {
      instance ??= winkNLP(loadModel(), pipe);
      return instance.readDoc(text);
    },
  };
}

export const nlp = lazyInstance(['pos', 'ner']);

/** The model's Porter2 stemmer, the one its.stem calls on a token's text (callers cache it per word). */
export const stem = (word: string): string =>
  (loadModel().addons.stem as (word: string) => string)(word);

// Leaner pipelines for facts: sentences are already split, and negation and sentiment are
// never read. Names need only part-of-speech tags; entity recognition (dates, money, numbers)
// is the costliest step (~3 µs a word, measured), so it reads only the words around them.
export const nlpNames = lazyInstance(['pos']);
export const nlpAmounts = lazyInstance(['ner']);

/** Reads the model now (a worker or a server at start-up), so no request pays for it. */
export function warmNlp(): void {
  nlp.readDoc('Warm up.');
  nlpNames.readDoc('Warm up.');
  nlpAmounts.readDoc('Warm up.');
}
