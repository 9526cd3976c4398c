const shownDrops = 3;

/** The line a model-written brief carries: which model, that it was checked, what was dropped. */
export function checkNote(model: string, dropped: readonly string[]): string {
  const head = `Written by ${model}, checked against the article`;
  if (dropped.length === 0) return `${head}; nothing was dropped.`;
  const shown = dropped.slice(0, shownDrops).map((text) => `“${text}”`);
  const more = dropped.length > shownDrops ? ` and ${dropped.length - shownDrops} more` : '';
  return `${head}; dropped as unsupported: ${shown.join(', ')}${more}.`;
}
