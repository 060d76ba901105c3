// "Someone has surely met this error before" (DOMAIN.md §11): incidents that look like this one —
// a shared error fingerprint, a shared service, or a similar title — with why they matched. One
// rule for the incident view ("similar past incidents"), the postmortem's related incidents and
// the repeat-incident metric's title comparison.
import type { Incident } from './incident';

const STOPWORDS = new Set(['the', 'and', 'for', 'with', 'after', 'from', 'are', 'was', 'not', 'its', 'into', 'again', 'demo', 'returning', 'errors']);

/** Significant words of a title: lower case, any script, no punctuation, no "[demo]" tag or filler. */
export function titleWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .replace(/\[demo\]/g, ' ')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3 && !STOPWORDS.has(w)),
  );
}

/** Jaccard similarity of two titles' significant words (0 … 1). */
export function titleSimilarity(a: string, b: string): number {
  const x = titleWords(a);
  const y = titleWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

export type SimilarityTarget = Pick<Incident, 'id' | 'title' | 'services' | 'createdAt'> & { fingerprints?: readonly string[] };

export interface SimilarIncident<T extends SimilarityTarget> {
  incident: T;
  score: number;
  reasons: string[];
}

export interface SimilarOptions {
  limit?: number;
  minTitleSimilarity?: number;
  /** Only incidents declared before the target (a live incident looks back, a postmortem may not). */
  onlyEarlier?: boolean;
}

export const SIMILAR_TITLE = 0.25;

export function similarIncidents<T extends SimilarityTarget>(
  target: SimilarityTarget,
  candidates: readonly T[],
  options: SimilarOptions = {},
): SimilarIncident<T>[] {
  const { limit = 5, minTitleSimilarity = SIMILAR_TITLE, onlyEarlier = true } = options;
  const targetPrints = new Set(target.fingerprints ?? []);
  const out: SimilarIncident<T>[] = [];
  for (const c of candidates) {
    if (c.id === target.id || (onlyEarlier && c.createdAt > target.createdAt)) continue;
    const reasons: string[] = [];
    let score = 0;
    const prints = (c.fingerprints ?? []).filter((f) => targetPrints.has(f));
    if (prints.length) {
      reasons.push(`same error fingerprint (${prints.join(', ')})`);
      score += 3;
    }
    const services = c.services.filter((s) => target.services.includes(s));
    if (services.length) {
      reasons.push(`same service (${services.join(', ')})`);
      score += 2;
    }
    const similarity = titleSimilarity(c.title, target.title);
    if (similarity >= minTitleSimilarity) {
      reasons.push(`similar title (${Math.round(similarity * 100)} % of words shared)`);
      score += 1 + similarity;
    }
    if (reasons.length) out.push({ incident: c, score, reasons });
  }
  return out.sort((a, b) => b.score - a.score || b.incident.createdAt - a.incident.createdAt).slice(0, limit);
}
