// wink-nlp costs ~3 µs a word; key facts only need the words near a capital letter (names)
// or near a digit, currency sign or date word (amounts and dates). These cut the rest out.
const amountCue =
  /\d|[$£€¥]|^(monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|tonight|year|month|week|decade|century|hundred|thousand|million|billion|trillion|percent|per)\W*$/i;
const windowWords = 4;

const opener =
  /^["“‘'(]*(The|A|An|It|Its|He|His|She|Her|They|Their|We|I|But|And|In|On|At|This|That|These|There|However|If|When|As|For|So)$/;

/** Only the words near a capitalised word (two either side): all that names and their cues need. */
export function nameWindows(text: string): string {
  const words = text.split(/\s+/);
  const keep = new Uint8Array(words.length);
  words.forEach((word, i) => {
    if (!/^["“‘'(]*[A-Z]/.test(word) || opener.test(word)) return;
    const to = Math.min(words.length, i + 3);
    for (let k = Math.max(0, i - 2); k < to; k++) keep[k] = 1;
  });
  return joinKept(words, keep);
}

/** Only the words near a digit, a currency sign or a date word: all that dates and amounts need. */
export function amountWindows(text: string): string {
  const words = text.split(/\s+/);
  const keep = new Uint8Array(words.length);
  words.forEach((word, i) => {
    if (!amountCue.test(word)) return;
    const from = Math.max(0, i - windowWords);
    const to = Math.min(words.length, i + windowWords + 1);
    for (let k = from; k < to; k++) keep[k] = 1;
  });
  return joinKept(words, keep);
}

/** The kept words, each gap marked by " ; " so that no name runs across it. */
function joinKept(words: readonly string[], keep: Uint8Array): string {
  const out: string[] = [];
  let gap = false;
  words.forEach((word, i) => {
    if (keep[i]) {
      if (gap && out.length) out.push(';');
      out.push(word);
      gap = false;
    } else gap = true;
  });
  return out.join(' ');
}
