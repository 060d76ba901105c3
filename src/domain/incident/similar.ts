// "Someone has surely met this error before" (DOMAIN.md §11): past incidents that look like this
// one — same service, a similar title, or a shared error fingerprint — with why they matched.
import type { Incident } from './incident';

const STOP = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'on', 'in', 'to', 'for', 'is', 'are', 'after', 'with', 'from', 'demo']);

export function titleWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .split(/[^a-z0-9]+/)
      .filter((w) => w.length > 2 && !STOP.has(w)),
  );
}

/** Jaccard similarity of the significant words of two titles (0 … 1). */
export function titleSimilarity(a: string, b: string): number {
  const x = titleWords(a);
  const y = titleWords(b);
  if (x.size === 0 || y.size === 0) return 0;
  let shared = 0;
  for (const w of x) if (y.has(w)) shared++;
  return shared / (x.size + y.size - shared);
}

export interface SimilarIncident {
  incident: Incident;
  score: number;
  reasons: string[];
}

export interface SimilarOptions {
  limit?: number;
  minTitleSimilarity?: number;
}

export function similarIncidents(target: Incident, candidates: readonly Incident[], options: SimilarOptions = {}): SimilarIncident[] {
  const { limit = 5, minTitleSimilarity = 0.2 } = options;
  const targetPrints = new Set(target.fingerprints);
  const out: SimilarIncident[] = [];
  for (const c of candidates) {
    if (c.id === target.id || c.createdAt > target.createdAt + 1) continue;
    const reasons: string[] = [];
    let score = 0;
    const shared = c.services.filter((s) => target.services.includes(s));
    if (shared.length) {
      reasons.push(`same service: ${shared.join(', ')}`);
      score += 1;
    }
    const sim = titleSimilarity(c.title, target.title);
    if (sim >= minTitleSimilarity) {
      reasons.push(`similar title (${Math.round(sim * 100)} %)`);
      score += 2 * sim;
    }
    const prints = c.fingerprints.filter((f) => targetPrints.has(f));
    if (prints.length) {
      reasons.push(`same error fingerprint: ${prints.join(', ')}`);
      score += 3;
    }
    if (reasons.length) out.push({ incident: c, score, reasons });
  }
  return out.sort((a, b) => b.score - a.score || b.incident.createdAt - a.incident.createdAt).slice(0, limit);
}
