// The demo's services: a dozen in three teams, with base numbers that make each one look like
// itself (a busy gateway, a slow search, a quiet billing worker). More can be generated for
// benchmarks (`demoCatalogue(500)`).
export interface DemoService {
  index: number;
  id: string;
  name: string;
  publicName: string;
  team: string;
  major: number;
  baseRpm: number;
  base4xxPct: number;
  base5xxPct: number;
  baseP95Ms: number;
}

export const DEMO_TEAMS = ['Storefront', 'Payments', 'Platform'] as const;

type Row = [id: string, name: string, publicName: string, team: string, rpm: number, p4xx: number, p5xx: number, p95: number];

const ROWS: Row[] = [
  ['web-frontend', 'Web frontend', 'Website', 'Storefront', 5200, 1.1, 0.12, 180],
  ['checkout', 'Checkout', 'Checkout', 'Storefront', 900, 0.8, 0.2, 320],
  ['cart', 'Cart', 'Shopping cart', 'Storefront', 1500, 0.6, 0.1, 140],
  ['search', 'Search', 'Search', 'Storefront', 2600, 0.4, 0.15, 260],
  ['payments-api', 'Payments API', 'Payments', 'Payments', 700, 1.4, 0.18, 380],
  ['billing-worker', 'Billing worker', 'Billing', 'Payments', 120, 0.2, 0.1, 540],
  ['fraud-check', 'Fraud check', 'Fraud screening', 'Payments', 650, 0.3, 0.08, 210],
  ['ledger', 'Ledger', 'Account ledger', 'Payments', 480, 0.2, 0.05, 95],
  ['auth', 'Auth', 'Sign-in', 'Platform', 3100, 2.2, 0.06, 110],
  ['api-gateway', 'API gateway', 'API', 'Platform', 8800, 1.3, 0.1, 90],
  ['notifications', 'Notifications', 'Email & notifications', 'Platform', 340, 0.5, 0.2, 420],
  ['media-cdn', 'Media CDN', 'Images', 'Platform', 6400, 0.9, 0.03, 60],
];

export const DEMO_SERVICES: readonly DemoService[] = ROWS.map(([id, name, publicName, team, baseRpm, base4xxPct, base5xxPct, baseP95Ms], index) => ({
  index,
  id,
  name,
  publicName,
  team,
  major: 2 + (index % 4),
  baseRpm,
  base4xxPct,
  base5xxPct,
  baseP95Ms,
}));

/** The dozen demo services, then generated ones up to `count` (for benchmarks at scale). */
export function demoCatalogue(count: number = DEMO_SERVICES.length): DemoService[] {
  const services = DEMO_SERVICES.slice(0, count);
  for (let index = services.length; index < count; index++) {
    const like = DEMO_SERVICES[index % DEMO_SERVICES.length] as DemoService;
    const n = String(index + 1).padStart(3, '0');
    services.push({
      ...like,
      index,
      id: `svc-${n}`,
      name: `Service ${n}`,
      publicName: `Service ${n}`,
      team: DEMO_TEAMS[index % DEMO_TEAMS.length] as string,
    });
  }
  return services;
}
