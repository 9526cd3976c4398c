// Feed dates are RFC 822 (RSS), RFC 3339 (Atom, JSON Feed) or whatever a template printed.
// Date.parse reads both standards and the US zone names; other zone abbreviations common in
// feeds are rewritten to offsets first.
const zones: Record<string, string> = {
  CET: '+0100',
  CEST: '+0200',
  MET: '+0100',
  MEST: '+0200',
  EET: '+0200',
  EEST: '+0300',
  WET: '+0000',
  WEST: '+0100',
  BST: '+0100',
  IST: '+0530',
  MSK: '+0300',
  JST: '+0900',
  KST: '+0900',
  HKT: '+0800',
  SGT: '+0800',
  AEST: '+1000',
  AEDT: '+1100',
  ACST: '+0930',
  AWST: '+0800',
  NZST: '+1200',
  NZDT: '+1300',
  BRT: '-0300',
  ART: '-0300',
};

/** Epoch ms of a feed's date text, or undefined when it names no date. */
export function parseFeedDate(text: string | undefined | null): number | undefined {
  const raw = text?.trim();
  if (!raw) return undefined;
  const direct = Date.parse(raw);
  if (!Number.isNaN(direct)) return direct;
  const zoned = raw.replace(/\b([A-Z]{3,4})$/, (zone) => zones[zone] ?? zone);
  const retried = Date.parse(zoned.replace(/^[A-Za-z]{3,9},?\s+/, ''));
  return Number.isNaN(retried) ? undefined : retried;
}
