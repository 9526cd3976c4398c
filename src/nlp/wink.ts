import model from 'wink-eng-lite-web-model';
import winkNLP from 'wink-nlp';

/** One shared wink-nlp instance: loading the model costs ~100 ms, so it happens once. */
export const nlp = winkNLP(model);
export const its = nlp.its;
export const as = nlp.as;

// Leaner pipelines for facts: sentences are already split, and negation and sentiment are
// never read. Names need only part-of-speech tags; entity recognition (dates, money, numbers)
// is the costliest step (~3 µs a word, measured), so it reads only the words around them.
export const nlpNames = winkNLP(model, ['pos']);
export const nlpAmounts = winkNLP(model, ['ner']);
