// Deterministic randomness: a stateless hash of integers (random access by key, so the demo can
// compute any minute of any service without replaying history) and a small stateful PRNG for
// generators. Same seed, same numbers, on every machine.

/** 32-bit mix of any number of integers (a murmur3-style finaliser over each part). */
export function hash32(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    let k = Math.imul(part | 0, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function seedFromString(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** A number in [0, 1) from the hash of the parts. */
export function unitFrom(...parts: number[]): number {
  return hash32(...parts) / 4294967296;
}

/** Roughly standard-normal noise in [-3.46, 3.46] (Irwin–Hall of four uniforms): no wild outliers. */
export function gaussFrom(...parts: number[]): number {
  let sum = 0;
  for (let i = 0; i < 4; i++) sum += unitFrom(...parts, i);
  return (sum - 2) * Math.sqrt(3);
}

/** mulberry32: a tiny, fast, seedable PRNG for generators that draw in sequence. */
export function createRng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
