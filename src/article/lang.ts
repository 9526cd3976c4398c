// The language of a story as a BCP 47 primary tag. The page's own declaration is trusted when
// the text's script agrees with it; otherwise the script decides, and within Latin script the
// commonest function words of a handful of languages do.
const scripts: readonly [RegExp, string, readonly string[]][] = [
  [/[\p{Script=Hiragana}\p{Script=Katakana}]/gu, 'ja', ['ja']],
  [/\p{Script=Hangul}/gu, 'ko', ['ko']],
  [/\p{Script=Han}/gu, 'zh', ['zh', 'ja']],
  [/\p{Script=Cyrillic}/gu, 'ru', ['ru', 'uk', 'bg', 'sr', 'mk', 'be', 'kk', 'mn']],
  [/\p{Script=Arabic}/gu, 'ar', ['ar', 'fa', 'ur', 'ps']],
  [/\p{Script=Hebrew}/gu, 'he', ['he', 'yi']],
  [/\p{Script=Greek}/gu, 'el', ['el']],
  [/\p{Script=Thai}/gu, 'th', ['th']],
  [/\p{Script=Devanagari}/gu, 'hi', ['hi', 'mr', 'ne']],
  [/\p{Script=Bengali}/gu, 'bn', ['bn', 'as']],
  [/\p{Script=Tamil}/gu, 'ta', ['ta']],
];

const latin: Record<string, readonly string[]> = {
  en: ['the', 'and', 'of', 'to', 'is', 'that', 'with', 'for', 'was', 'this'],
  pt: ['de', 'que', 'não', 'uma', 'para', 'com', 'os', 'em', 'do', 'da'],
  es: ['el', 'que', 'los', 'del', 'las', 'por', 'una', 'con', 'para', 'y'],
  fr: ['le', 'les', 'des', 'est', 'une', 'et', 'que', 'pour', 'dans', 'du'],
  de: ['der', 'die', 'und', 'das', 'nicht', 'ist', 'mit', 'den', 'ein', 'auch'],
  it: ['il', 'che', 'di', 'della', 'per', 'non', 'una', 'sono', 'gli', 'è'],
  nl: ['de', 'het', 'een', 'van', 'en', 'niet', 'dat', 'zijn', 'voor', 'met'],
};

export function detectLanguage(text: string, declared?: string): string {
  const tag = declared?.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  const sample = text.slice(0, 5000);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return /^[a-z]{2,3}$/.test(tag) ? tag : 'und';
  for (const [pattern, guess, family] of scripts) {
    const share = (sample.match(pattern)?.length ?? 0) / letters;
    // Japanese mixes kana with Han: a little kana is enough to tell it from Chinese.
    if (share > (guess === 'ja' ? 0.05 : 0.3)) return family.includes(tag) ? tag : guess;
  }
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  let best = 'und';
  let bestCount = 0;
  for (const [lang, list] of Object.entries(latin)) {
    const set = new Set(list);
    const count = words.filter((w) => set.has(w)).length;
    if (count > bestCount) [best, bestCount] = [lang, count];
  }
  if (/^[a-z]{2,3}$/.test(tag) && !scripts.some(([, g]) => g === tag)) {
    // A declared Latin-script language stands unless the words clearly say another.
    const own = latin[tag];
    if (!own || bestCount < words.length * 0.05 || best === tag) return tag;
    const set = new Set(own);
    if (words.filter((w) => set.has(w)).length * 2 >= bestCount) return tag;
  }
  return bestCount >= 3 ? best : 'und';
}
