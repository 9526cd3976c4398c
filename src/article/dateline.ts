// Wire-style datelines: "MOSCOW, Russia --", "WASHINGTON (Reuters) -", "LONDON —". The place is
// a fact worth keeping; the dashes are not part of the lede.
const dateline =
  /^\s*([A-Z][A-Z.'-]+(?:\s[A-Z][A-Z.'-]+){0,3}(?:,\s[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+){0,2})?)\s*(?:\([^)]{1,40}\)\s*)?(?:--|—|–|-)\s+/;

export interface Dateline {
  place: string;
  rest: string;
}

// "New Delhi, India (CNN)Text…", "(CNN) -- Text…": a wire credit after the place.
const credited =
  /^\s*([A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,3}(?:,\s[A-Z][\w.'-]+(?:\s[A-Z][\w.'-]+){0,2})?)?\s*\((CNN|Reuters|AP|AFP|UPI|Bloomberg|PA)\)\s*(?:--|—|–|-)?\s*/;

// "NEW DELHI: Their American dream…": some papers end the dateline with a colon. Only a place in
// capitals, and not one of the labels papers write the same way.
const colonDateline =
  /^\s*([A-Z]{2,}(?:[\s-][A-Z]{2,}){0,3}(?:,\s[A-Z][A-Za-z.'-]+(?:\s[A-Z][A-Za-z.'-]+){0,2})?):\s+(?=["“]?[A-Z0-9])/;
const labels =
  /^(UPDATE|UPDATED|BREAKING|BREAKING NEWS|WATCH|EXCLUSIVE|NOTE|LIVE|VIDEO|PHOTOS?|ANALYSIS|OPINION|COMMENT|REVIEW|CORRECTION|CLARIFICATION|ATTENTION|WARNING|ALERT|EDITORS NOTE|FACT CHECK|SPOILERS?|TL|TLDR|FAQ|Q|A)$/;

export function splitDateline(paragraph: string): Dateline | undefined {
  const colon = colonDateline.exec(paragraph);
  const colonPlace = colon?.[1];
  const city = colonPlace?.split(',')[0] ?? '';
  if (colon && colonPlace && city.replace(/\W/g, '').length >= 4 && !labels.test(city))
    return { place: colonPlace, rest: paragraph.slice(colon[0].length) };
  const wire = credited.exec(paragraph);
  if (wire) {
    const rest = paragraph.slice(wire[0].length);
    if (/^["“‘']?[A-Z0-9]/.test(rest)) return { place: wire[1] ?? '', rest };
  }
  const match = dateline.exec(paragraph);
  const place = match?.[1];
  if (!match || !place) return undefined;
  // The first word must be a capitalised place, not a one-letter initial or an acronym list.
  if (!/^[A-Z]{2,}/.test(place.replace(/[^A-Z\s,]/g, ''))) return undefined;
  const rest = paragraph.slice(match[0].length);
  if (!/^["“]?[A-Z0-9]/.test(rest)) return undefined;
  return { place, rest };
}

/** "MOSCOW, Russia" -> "Moscow, Russia": the place as a reader writes it. */
export function titleCasePlace(place: string): string {
  const [city = '', ...region] = place.split(',');
  const cased = city
    .toLowerCase()
    .replace(/(^|[\s'-])([a-z])/g, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
  return [cased, ...region].join(',').trim();
}

/** The story starts at its dateline: a pull quote or caption above it is not the lede. */
export function splitLeadDateline(text: string): { text: string; dateline?: string } {
  const paragraphs = text.split('\n\n');
  const at = paragraphs.slice(0, 3).findIndex((p) => splitDateline(p) !== undefined);
  const split = at >= 0 ? splitDateline(paragraphs[at] ?? '') : undefined;
  if (!split) return { text };
  paragraphs.splice(0, at + 1, split.rest);
  return { text: paragraphs.join('\n\n'), ...(split.place ? { dateline: split.place } : {}) };
}
