// Word counts that hold in any script. Japanese, Chinese and Thai put no spaces between words,
// so a run of their letters is counted as one word per two characters (about a word's length)
// rather than as one long word, which would make a whole Japanese story look like ten words.
const unspaced =
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
const run = /[\p{L}\p{N}\p{M}]+/gu;

export function storyWords(text: string): number {
  let n = 0;
  for (const [token] of text.matchAll(run)) {
    if (!unspaced.test(token)) {
      n++;
      continue;
    }
    let chars = 0;
    for (const ch of token) if (unspaced.test(ch)) chars++;
    n += Math.max(1, Math.ceil(chars / 2)) + (token.length > chars ? 1 : 0);
  }
  return n;
}
