import { afterEach, describe, expect, it, vi } from 'vitest';
import Dexie, { type Table } from 'dexie';
import { sharedFollowingQuery } from './shared-live-query';

class TestDb extends Dexie {
  items!: Table<{ id: number; text: string }, number>;
  constructor() {
    super(`following-query-${Math.random()}`);
    this.version(1).stores({ items: 'id' });
  }
}

/** A read that completes only when the test lets it, so writes can land while it is in flight. */
function gatedRead(db: TestDb) {
  const gates: (() => void)[] = [];
  const read = vi.fn(async () => {
    const rows = await db.items.toArray();
    await new Promise<void>((resolve) => gates.push(resolve));
    return rows.map((r) => r.text);
  });
  const release = async () => {
    await vi.waitFor(() => expect(gates.length).toBeGreaterThan(0));
    gates.shift()!();
  };
  return { read, release };
}

const dbs: TestDb[] = [];
afterEach(async () => {
  for (const db of dbs.splice(0)) await db.delete();
});

function setup() {
  const db = new TestDb();
  dbs.push(db);
  const { read, release } = gatedRead(db);
  const query = sharedFollowingQuery(() => db.items.count(), read, 'the items');
  return { db, read, release, query };
}

describe('sharedFollowingQuery', () => {
  it('delivers the read, then follows a write with a new read', async () => {
    const { db, read, release, query } = setup();
    const listener = vi.fn();
    const unsubscribe = query.subscribe(listener);
    await release();
    await vi.waitFor(() => expect(query.get()).toEqual([]));
    await db.items.put({ id: 1, text: 'one' });
    await release();
    await vi.waitFor(() => expect(query.get()).toEqual(['one']));
    expect(read).toHaveBeenCalledTimes(2);
    expect(listener).toHaveBeenCalledTimes(2);
    unsubscribe();
  });

  it('finishes a read while writes arrive, and folds those writes into one more read', async () => {
    const { db, read, release, query } = setup();
    const unsubscribe = query.subscribe(() => {});
    await vi.waitFor(() => expect(read).toHaveBeenCalledTimes(1));
    for (let id = 1; id <= 5; id++) await db.items.put({ id, text: `item ${id}` });
    // The first read was not dropped: it delivers what it read.
    await release();
    await vi.waitFor(() => expect(query.get()).toEqual([]));
    // Five writes during it cost one more read that sees all of them (two if the last change
    // signal arrives only after the first read ended), not one read per write.
    while (!Array.isArray(query.get()) || query.get()!.length < 5) await release();
    expect(query.get()).toEqual(['item 1', 'item 2', 'item 3', 'item 4', 'item 5']);
    expect(read.mock.calls.length).toBeLessThanOrEqual(3);
    unsubscribe();
  });

  it('forgets the value when the last subscriber leaves', async () => {
    const { release, query } = setup();
    const unsubscribe = query.subscribe(() => {});
    await release();
    await vi.waitFor(() => expect(query.get()).toEqual([]));
    unsubscribe();
    expect(query.get()).toBeUndefined();
  });
});
