// "Someone has surely met this error before" (DOMAIN.md §11, §8): past incidents that share a
// service, an error fingerprint or a similar title are suggested; the author chooses which to link.
export interface IncidentSummary {
  id: string;
  title: string;
  services: readonly string[];
  createdAt: number;
  /** Error fingerprints seen during the incident, where known (not recorded on incidents yet). */
  fingerprints?: readonly string[];
}

export interface RelatedSuggestion {
  incidentId: string;
  title: string;
  createdAt: number;
  reasons: string[];
  score: number;
}

const STOPWORDS = new Set(['the', 'and', 'for', 'with', 'after', 'from', 'are', 'was', 'not', 'its', 'into', 'demo', 'returning', 'errors']);

/** Significant words of a title: lower case, no punctuation, no "[demo]" tag, no filler words. */
export function titleWords(title: string): Set<string> {
  return new Set(
    title
      .toLowerCase()
      .replace(/\[demo\]/g, ' ')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length >= 3 && !STOPWORDS.has(w)),
  );
}

/** Jaccard similarity of two titles' significant words (0..1). */
export function titleSimilarity(a: string, b: string): number {
  const wa = titleWords(a);
  const wb = titleWords(b);
  if (wa.size === 0 || wb.size === 0) return 0;
  const shared = [...wa].filter((w) => wb.has(w)).length;
  return shared / (wa.size + wb.size - shared);
}

export const SIMILAR_TITLE = 0.25;

export function suggestRelated(target: IncidentSummary, candidates: readonly IncidentSummary[], limit = 10): RelatedSuggestion[] {
  const out: RelatedSuggestion[] = [];
  for (const c of candidates) {
    if (c.id === target.id) continue;
    const reasons: string[] = [];
    let score = 0;
    const fingerprints = (c.fingerprints ?? []).filter((f) => target.fingerprints?.includes(f));
    if (fingerprints.length) {
      reasons.push(`same error fingerprint (${fingerprints.join(', ')})`);
      score += 3;
    }
    const services = c.services.filter((s) => target.services.includes(s));
    if (services.length) {
      reasons.push(`same service (${services.join(', ')})`);
      score += 2;
    }
    const similarity = titleSimilarity(target.title, c.title);
    if (similarity >= SIMILAR_TITLE) {
      reasons.push(`similar title (${Math.round(similarity * 100)} % of words shared)`);
      score += 1 + similarity;
    }
    if (reasons.length) out.push({ incidentId: c.id, title: c.title, createdAt: c.createdAt, reasons, score });
  }
  return out.sort((a, b) => b.score - a.score || b.createdAt - a.createdAt).slice(0, limit);
}
