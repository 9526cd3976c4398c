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

interface Feature {
  list: unknown[];
  hash?: Record<string, number>;
  intrinsicSize?: number;
  index?: number;
  maxIndex?: number;
}
type Layout = Record<string, [number, number, number, number, number, number]>;
interface CoreModel extends Record<string, unknown> {
  packing: { layout: Layout; efList?: string[] } & Record<string, unknown>;
  /** In the shared read, `hash` only marks the features each instance gets a table for. */
  features: Record<string, Feature>;
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

let model: Model | undefined;
let core: CoreModel | undefined;

function loadModel(): Model {
  if (model) return model;
  const loaded = require('wink-eng-lite-web-model') as Model;
  // Each instance would read the whole core model again (~100 ms: a JSON round trip that
  // copies it, a base64 decode a byte at a time). It is read once here instead; only its
  // feature tables change while reading (each instance's cache adds the words it has not
  // seen), so each instance gets its own copy of those, lookup tables built afresh (~10 ms:
  // a table layered over a shared one made every lookup 3× slower).
  model = {
    ...loaded,
    core: () => {
      core ??= readCore();
      return withOwnFeatures(core);
    },
  };
  return model;
}

/**
 * The core model as the package's own reader (`read-core-model.js`, `load-core-model.js` of
 * wink-eng-lite-web-model 1.8.1) leaves it, without copying the required JSON: packed arrays
 * decoded, part-of-speech clusters as sets, the intrinsic features and the lexemes marked for
 * lookup tables. test/nlp/wink.test.ts checks that both read text alike.
 */
function readCore(): CoreModel {
  const raw =
    require('wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json') as CoreModel;
  const layout = raw.packing.layout;
  const features: Record<string, Feature> = {};
  for (const [name, feature] of Object.entries(raw.features)) features[name] = { ...feature };
  const efList: string[] = [];
  for (const [name, [, mask, shift, extrinsic, extractable]] of Object.entries(layout)) {
    const feature = features[name];
    if (extrinsic === 0 && feature) {
      feature.hash = {};
      feature.intrinsicSize = feature.list.length;
      feature.index = feature.list.length;
      feature.maxIndex = mask >>> shift;
    }
    if (extractable === 1) efList.push(name);
  }
  const lexeme = features.lexeme as Feature;
  lexeme.hash = {};
  lexeme.intrinsicSize = lexeme.list.length;
  lexeme.index = lexeme.list.length;
  const clusters = features.posClusters as Feature;
  clusters.list = clusters.list.map(
    (cluster) =>
      new Set(
        String(cluster)
          .split('_')
          .map((tag) => raw.pos.hash[tag] || 0),
      ),
  );
  return {
    ...raw,
    packing: { ...raw.packing, efList },
    features,
    lexicon: words32(raw.lexicon as string),
    xpansions: words32(raw.xpansions as string),
  };
}

function lookup(list: readonly unknown[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k++) hash[String(list[k])] = k;
  return hash;
}

/** Base64 to 32-bit words in the machine's byte order, as the package decodes them. */
function words32(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  const words = new Uint32Array(bytes.length >>> 2);
  new Uint8Array(words.buffer).set(bytes.subarray(0, words.length << 2));
  return words;
}

function withOwnFeatures(read: CoreModel): CoreModel {
  const features: CoreModel['features'] = {};
  for (const [name, feature] of Object.entries(read.features)) {
    features[name] = {
      ...feature,
      list: feature.list.slice(),
      ...(feature.hash ? { hash: lookup(feature.list) } : {}),
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
