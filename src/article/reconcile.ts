// A page's JSON-LD articleBody against the paragraphs read off its layout. Neither is always
// right: the layout misses what sits outside the container Readability picked, and articleBody
// is sometimes a teaser, sometimes a whole story without paragraph breaks.
export function reconcileWithBody(paragraphs: readonly string[], body?: string): string[] {
  if (!body) return [...paragraphs];
  return [...paragraphs];
}
