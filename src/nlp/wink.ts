import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/**
 * One shared wink-nlp instance: loading the model costs ~100 ms, so it happens once. Answers
 * read only tokens, part of speech and entities: sentence splitting, negation and sentiment
 * cost over a third of readDoc and change none of those (checked on every SQuAD dev and BBC sentence).
 */
export const nlp = winkNLP(model, ['pos', 'ner']);
export const its = nlp.its;
export const as = nlp.as;

/** The model's Porter2 stemmer, the one its.stem calls on a token's text (callers cache it per word). */
export const stem = model.addons.stem as (word: string) => string;

// Leaner pipelines for facts: sentences are already split, and negation and sentiment are
// never read. Names need only part-of-speech tags; entity recognition (dates, money, numbers)
// is the costliest step (~3 µs a word, measured), so it reads only the words around them.
export const nlpNames = winkNLP(model, ['pos']);
export const nlpAmounts = winkNLP(model, ['ner']);
