/** "Did you mean": the nearest candidate, only when it is near enough to be a typo. */
import { distance } from 'fastest-levenshtein';

export function suggest(wanted: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  const lower = wanted.toLowerCase();
  for (const c of candidates) {
    const d = distance(lower, c.toLowerCase());
    if (d < bestDistance || (d === bestDistance && best !== undefined && c < best)) {
      best = c;
      bestDistance = d;
    }
  }
  // A typo changes a few characters; anything further is a different word.
  const limit = Math.max(2, Math.ceil(wanted.length / 3));
  return best !== undefined && bestDistance <= limit && bestDistance > 0 ? best : undefined;
}
