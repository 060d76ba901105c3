// Client-made identifiers. Event ids are ULIDs (sortable by time, unique across tabs without
// coordination); record ids are a prefix and random hex, as DOMAIN.md specifies.
const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

export type RandomBytes = (n: number) => Uint8Array;

export const cryptoBytes: RandomBytes = (n) => crypto.getRandomValues(new Uint8Array(n));

function randomHex(chars: number, bytes: RandomBytes): string {
  return Array.from(bytes(Math.ceil(chars / 2)), (b) => b.toString(16).padStart(2, '0'))
    .join('')
    .slice(0, chars)
    .toUpperCase();
}

export const newIncidentId = (bytes: RandomBytes = cryptoBytes) => `INC-${randomHex(8, bytes)}`;
export const newPostmortemId = (bytes: RandomBytes = cryptoBytes) => `PM-${randomHex(8, bytes)}`;
export const newActionItemId = (bytes: RandomBytes = cryptoBytes) => `AI-${randomHex(6, bytes)}`;

export const INCIDENT_ID = /^INC-[0-9A-F]{8}$/;
export const POSTMORTEM_ID = /^PM-[0-9A-F]{8}$/;
export const ACTION_ITEM_ID = /^AI-[0-9A-F]{6}$/;

function encodeTime(ms: number): string {
  let out = '';
  let t = ms;
  for (let i = 0; i < 10; i++) {
    out = CROCKFORD[t % 32] + out;
    t = Math.floor(t / 32);
  }
  return out;
}

/**
 * A monotonic ULID factory: ids made in the same millisecond still sort in creation order
 * (the random part is incremented), which keeps a tab's own events in the order it wrote them.
 */
export function createUlidFactory(bytes: RandomBytes = cryptoBytes): (now: number) => string {
  let lastTime = -1;
  let lastRandom: number[] = [];
  return (now) => {
    if (now <= lastTime) {
      const next = [...lastRandom];
      for (let i = next.length - 1; i >= 0; i--) {
        next[i] = ((next[i] ?? 0) + 1) % 32;
        if (next[i] !== 0) break;
      }
      lastRandom = next;
    } else {
      lastTime = now;
      lastRandom = Array.from(bytes(16), (b) => b % 32);
    }
    return encodeTime(lastTime) + lastRandom.map((n) => CROCKFORD[n]).join('');
  };
}

export const ulid = createUlidFactory();
