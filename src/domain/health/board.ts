// The overview's model: every service as a tile, judged by its own thresholds (its catalogue
// entry's override, else the defaults), grouped by team, worst first within a team and teams
// ordered by their worst tile (DOMAIN.md §9, §13 "organise by urgency").
import { effectiveThresholds, type CatalogueEntry } from '../catalogue/catalogue';
import type { Incident } from '../incident/incident';
import type { HealthSnapshot, ServiceInfo } from '../telemetry/schemas';
import { assessHealth, compareWorstFirst, describeHealth, severityScore, type HealthAssessment } from './assess';
import { HEALTH_RANK, type HealthState } from './health-state';
import type { HealthThresholds } from './thresholds';

export type BoardIncident = Pick<Incident, 'id' | 'severity' | 'status' | 'title' | 'services'>;

export interface TileModel {
  id: string;
  name: string;
  team: string;
  snapshot: HealthSnapshot | null;
  thresholds: HealthThresholds;
  assessment: HealthAssessment;
  /** How far past its limits, to order tiles of the same state. */
  score: number;
  /** The tile's text alternative. */
  summary: string;
  incidents: BoardIncident[];
}

export interface TeamGroup {
  team: string;
  tiles: TileModel[];
  counts: Record<HealthState, number>;
}

export interface BoardInput {
  services: readonly Pick<ServiceInfo, 'id' | 'name' | 'team'>[];
  snapshots: readonly HealthSnapshot[];
  catalogue: readonly CatalogueEntry[];
  defaults: HealthThresholds;
  openIncidents: readonly BoardIncident[];
  now: number;
  staleAfterMs: number;
}

export const NO_TEAM = 'No team';

/** Every service the source reports, has data for, or the catalogue lists, each once. */
export function buildTiles(input: BoardInput): TileModel[] {
  const catalogue = new Map(input.catalogue.map((e) => [e.id, e]));
  const info = new Map(input.services.map((s) => [s.id, s]));
  const snapshots = new Map(input.snapshots.map((s) => [s.serviceId, s]));
  const incidents = new Map<string, BoardIncident[]>();
  for (const incident of input.openIncidents) {
    for (const serviceId of incident.services) incidents.set(serviceId, [...(incidents.get(serviceId) ?? []), incident]);
  }
  const ids = new Set([...info.keys(), ...snapshots.keys(), ...catalogue.keys()]);
  return [...ids].map((id) => {
    const entry = catalogue.get(id);
    const name = entry?.name || info.get(id)?.name || id;
    const thresholds = effectiveThresholds(entry, input.defaults);
    const snapshot = snapshots.get(id) ?? null;
    const assessment = assessHealth(snapshot, thresholds, { now: input.now, staleAfterMs: input.staleAfterMs });
    return {
      id,
      name,
      team: entry?.team.trim() || info.get(id)?.team || NO_TEAM,
      snapshot,
      thresholds,
      assessment,
      score: severityScore(snapshot, thresholds),
      summary: describeHealth(name, assessment, snapshot),
      incidents: incidents.get(id) ?? [],
    };
  });
}

const emptyCounts = (): Record<HealthState, number> => ({ broken: 0, degraded: 0, unknown: 0, healthy: 0 });

export function groupByTeam(tiles: readonly TileModel[]): TeamGroup[] {
  const teams = new Map<string, TileModel[]>();
  for (const tile of tiles) teams.set(tile.team, [...(teams.get(tile.team) ?? []), tile]);
  const rank = (t: TileModel) => ({ name: t.name, state: t.assessment.state, score: t.score });
  const groups = [...teams].map(([team, list]) => {
    const sorted = [...list].sort((a, b) => compareWorstFirst(rank(a), rank(b)));
    const counts = emptyCounts();
    for (const t of sorted) counts[t.assessment.state]++;
    return { team, tiles: sorted, counts };
  });
  // Teams by their worst state, then by name: teams do not swap places over small score changes.
  const worst = (g: TeamGroup) => (g.tiles[0] ? HEALTH_RANK[g.tiles[0].assessment.state] : HEALTH_RANK.healthy);
  return groups.sort((a, b) => worst(a) - worst(b) || a.team.localeCompare(b.team));
}

export function buildBoard(input: BoardInput): TeamGroup[] {
  return groupByTeam(buildTiles(input));
}

/** "3 broken, 1 degraded, 8 healthy" — the board in one line. */
export function countSummary(counts: Record<HealthState, number>): string {
  const words: [HealthState, string][] = [
    ['broken', 'broken'],
    ['degraded', 'degraded'],
    ['unknown', 'without fresh data'],
    ['healthy', 'healthy'],
  ];
  const parts = words.filter(([s]) => counts[s] > 0).map(([s, w]) => `${counts[s]} ${w}`);
  return parts.length ? parts.join(', ') : 'no services';
}
