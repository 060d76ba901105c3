// The demo's short past: a few incidents told as the commands responders gave, so the seeded
// history goes through the same rules as real work. Labelled demo data; removable in Settings.
import type { IncidentCommand } from '@/domain/incident/commands';
import type { Runbook } from '@/domain/catalogue/catalogue';
import type { Status } from '@/domain/incident/lifecycle';

export interface DemoStep {
  /** Minutes after the incident was declared. */
  at: number;
  author: string;
  command: IncidentCommand;
}

export interface DemoStory {
  incidentId: string;
  /** Hours before the moment the demo is seeded. */
  hoursAgo: number;
  /** Minutes between the start of impact and the declaration (MTTD). */
  impactMinutesBefore: number;
  steps: DemoStep[];
}

const transition = (from: Status, to: Status, fields: Record<string, string>): IncidentCommand => ({ type: 'transition', from, to, fields });

export const DEMO_STORIES: readonly DemoStory[] = [
  {
    incidentId: 'INC-DE000001',
    hoursAgo: 3 * 24 + 5,
    impactMinutesBefore: 4,
    steps: [
      {
        at: 0,
        author: 'Priya Nair',
        command: {
          type: 'declare',
          input: {
            title: '[demo] Checkout returning 5xx after deploy',
            description: 'Checkout 5xx rate jumped from 0.2 % to 14 % minutes after release 4.212.0. Payments are failing for most customers.',
            severity: 'P1',
            services: ['checkout'],
            team: 'Storefront',
            customerFacing: true,
            commander: 'Priya Nair',
            commsLead: 'Tom Becker',
            symptoms: 'HTTP 500 on POST /checkout; p95 above 2 s',
            classification: {
              answers: { securityIssue: false, serviceAvailable: true, majorFeatureDown: true },
              suggested: 'P1',
              reason: 'major feature down',
              overrideReason: null,
            },
          },
        },
      },
      { at: 3, author: 'Sam Okafor', command: { type: 'acknowledge', by: 'Sam Okafor' } },
      {
        at: 6,
        author: 'Sam Okafor',
        command: { type: 'open_hypothesis', text: 'The new release holds DB connections longer and exhausts the pool' },
      },
      {
        at: 9,
        author: 'Sam Okafor',
        command: { type: 'note', text: 'Pool "orders-db" at 20/20 in use; PoolTimeoutError is a new fingerprint since 4.212.0.' },
      },
      {
        at: 12,
        author: 'Priya Nair',
        command: transition('investigating', 'identified', {
          rootCause: 'Release 4.212.0 opens a transaction per line item, exhausting the 20-connection pool under load.',
        }),
      },
      { at: 13, author: 'Priya Nair', command: transition('identified', 'fixing', { fix: 'Roll back to 4.211.1' }) },
      { at: 14, author: 'Sam Okafor', command: { type: 'action', text: 'Rolled back checkout to 4.211.1', mitigation: 'rollback' } },
      {
        at: 24,
        author: 'Priya Nair',
        command: transition('fixing', 'resolved', { resolution: 'Rollback complete; 5xx back to 0.2 %, pool usage 6/20.' }),
      },
      { at: 25, author: 'Priya Nair', command: transition('resolved', 'monitoring', { verification: 'Watching 5xx and pool saturation for 24 h' }) },
      {
        at: 24 * 60 + 30,
        author: 'Priya Nair',
        command: transition('monitoring', 'closed', { closingNote: 'Stable for 24 h; fix in 4.212.1 reviewed.' }),
      },
    ],
  },
  {
    incidentId: 'INC-DE000002',
    hoursAgo: 9 * 24 + 2,
    impactMinutesBefore: 25,
    steps: [
      {
        at: 0,
        author: 'Lea Martin',
        command: {
          type: 'declare',
          input: {
            title: '[demo] Search slow, pods restarting (OOMKilled)',
            description: 'Search p95 climbing to 1.5 s in a sawtooth; pods restart every 15 minutes.',
            severity: 'P2',
            services: ['search'],
            team: 'Storefront',
            customerFacing: true,
            commander: 'Lea Martin',
            commsLead: 'Lea Martin',
            symptoms: 'Latency sawtooth, restarts with reason OOMKilled',
            classification: null,
          },
        },
      },
      { at: 10, author: 'Jon Ruiz', command: { type: 'acknowledge', by: 'Jon Ruiz' } },
      {
        at: 35,
        author: 'Jon Ruiz',
        command: transition('investigating', 'identified', { rootCause: 'Query cache without a size bound grows until the heap limit.' }),
      },
      { at: 40, author: 'Jon Ruiz', command: transition('identified', 'fixing', { fix: 'Bound the cache to 50k entries (hotfix)' }) },
      { at: 95, author: 'Jon Ruiz', command: transition('fixing', 'resolved', { resolution: 'Hotfix 3.88.2 deployed; heap flat at 55 %.' }) },
      { at: 100, author: 'Lea Martin', command: transition('resolved', 'monitoring', { verification: 'Heap usage and restarts' }) },
      { at: 24 * 60 + 100, author: 'Lea Martin', command: transition('monitoring', 'closed', { closingNote: 'No restart in 24 h.' }) },
    ],
  },
  {
    incidentId: 'INC-DE000003',
    hoursAgo: 20,
    impactMinutesBefore: 2,
    steps: [
      {
        at: 0,
        author: 'Tom Becker',
        command: {
          type: 'declare',
          input: {
            title: '[demo] Card payments timing out',
            description: 'The card network answers slowly; payment authorisation times out for about 3 % of attempts.',
            severity: 'P1',
            services: ['payments-api'],
            team: 'Payments',
            customerFacing: true,
            commander: 'Tom Becker',
            commsLead: 'Priya Nair',
            symptoms: 'UpstreamTimeoutError; p95 above 2.5 s',
            classification: {
              answers: { securityIssue: false, serviceAvailable: true, majorFeatureDown: false, revenueImpact: true },
              suggested: 'P1',
              reason: 'revenue impact',
              overrideReason: null,
            },
          },
        },
      },
      { at: 4, author: 'Ravi Shah', command: { type: 'acknowledge', by: 'Ravi Shah' } },
      {
        at: 20,
        author: 'Ravi Shah',
        command: transition('investigating', 'identified', { rootCause: 'Card network degradation (their status page confirms).' }),
      },
      { at: 22, author: 'Ravi Shah', command: transition('identified', 'fixing', { fix: 'Fail over to the secondary acquirer' }) },
      { at: 31, author: 'Ravi Shah', command: transition('fixing', 'resolved', { resolution: 'Traffic on the secondary acquirer; timeouts gone.' }) },
      {
        at: 33,
        author: 'Tom Becker',
        command: transition('resolved', 'monitoring', { verification: 'Authorisation latency and timeouts until the primary recovers' }),
      },
    ],
  },
];

/** Runbooks of the demo services, so the runbook panel shows something real on first start. */
export const DEMO_RUNBOOKS: ReadonlyMap<string, Runbook> = new Map([
  [
    'checkout',
    {
      contacts: [
        { name: 'Storefront on-call', role: 'primary', reach: 'pager: storefront-primary' },
        { name: 'Priya Nair', role: 'tech lead', reach: 'chat: @priya' },
      ],
      links: [
        { label: 'Checkout dashboard', url: 'https://grafana.example.com/d/checkout' },
        { label: 'Logs', url: 'https://logs.example.com/app/checkout' },
        { label: 'Runbook (wiki)', url: 'https://wiki.example.com/runbooks/checkout' },
      ],
      failurePatterns: [
        {
          name: 'Connection exhaustion',
          symptoms: 'PoolTimeoutError, 5xx rising with traffic, p95 > 2 s',
          debugSteps: 'Check pool in-use vs size; compare with the last deploy; look for long transactions.',
        },
        {
          name: 'External service degradation',
          symptoms: 'Timeouts to the payments API',
          debugSteps: 'Check the payments service page; check the card network status.',
        },
      ],
      mitigations: [
        { name: 'Rollback', how: 'Deploy the previous version from the release tool (2 min).' },
        { name: 'Scale up', how: 'Raise replicas from 6 to 12; the pool per replica stays 20.' },
      ],
      operations: {
        start: 'kubectl scale deploy/checkout --replicas=6',
        stop: 'kubectl scale deploy/checkout --replicas=0',
        restart: 'kubectl rollout restart deploy/checkout',
      },
    },
  ],
  [
    'search',
    {
      contacts: [{ name: 'Storefront on-call', role: 'primary', reach: 'pager: storefront-primary' }],
      links: [{ label: 'Search dashboard', url: 'https://grafana.example.com/d/search' }],
      failurePatterns: [
        {
          name: 'Memory leak',
          symptoms: 'Latency sawtooth, restarts with OOMKilled',
          debugSteps: 'Take a heap dump before the next restart; compare cache sizes.',
        },
        {
          name: 'Race condition',
          symptoms: 'Intermittent wrong results under load',
          debugSteps: 'Check for shared mutable caches; reproduce with concurrent requests.',
        },
      ],
      mitigations: [{ name: 'Restart', how: 'Rolling restart buys ~15 min; do it while a fix is prepared.' }],
      operations: {
        start: 'kubectl scale deploy/search --replicas=4',
        stop: 'kubectl scale deploy/search --replicas=0',
        restart: 'kubectl rollout restart deploy/search',
      },
    },
  ],
  [
    'payments-api',
    {
      contacts: [{ name: 'Payments on-call', role: 'primary', reach: 'pager: payments-primary' }],
      links: [{ label: 'Card network status', url: 'https://status.cardnetwork.example.com' }],
      failurePatterns: [
        {
          name: 'External service degradation',
          symptoms: 'UpstreamTimeoutError, p95 > 2.5 s',
          debugSteps: 'Check the card network status page; compare acquirer latencies.',
        },
      ],
      mitigations: [
        { name: 'Failover', how: 'Switch the acquirer flag to "secondary" in the feature-flag tool.' },
        { name: 'Rate limit', how: 'Lower retry concurrency to protect the upstream.' },
      ],
      operations: {
        start: 'kubectl scale deploy/payments-api --replicas=4',
        stop: 'Never stop payments without the Payments lead.',
        restart: 'kubectl rollout restart deploy/payments-api',
      },
    },
  ],
]);
