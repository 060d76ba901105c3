// Turns storage failures into messages a user can act on. A refused write leaves stored data
// as it was: every write here runs in a transaction that aborts as a whole.
export class StorageError extends Error {
  override readonly cause: unknown;
  constructor(message: string, cause: unknown) {
    super(message);
    this.name = 'StorageError';
    this.cause = cause;
  }
}

function errorName(error: unknown): string {
  if (typeof error !== 'object' || error === null) return '';
  const e = error as { name?: string; inner?: { name?: string } };
  return e.inner?.name ?? e.name ?? '';
}

export function describeStorageError(error: unknown): string {
  const name = errorName(error);
  if (name === 'QuotaExceededError' || /quota/i.test(String((error as Error)?.message ?? ''))) {
    return 'The browser has no more storage for this site, so nothing was saved and nothing stored was changed. Free space in Settings → Data (export a backup, remove demo data), then try again.';
  }
  if (name === 'VersionError' || name === 'UpgradeError') {
    return 'This tab runs an older version of Watchfloor than another tab. Reload this tab.';
  }
  if (name === 'DatabaseClosedError' || name === 'InvalidStateError') {
    return 'The local database is closed (another tab may be upgrading it). Reload the page.';
  }
  return `Could not save: ${error instanceof Error ? error.message : String(error)}. Nothing was changed.`;
}

/** Runs a storage operation, turning any failure into a StorageError with a clear message. */
export async function guardStorage<T>(operation: () => Promise<T>): Promise<T> {
  try {
    return await operation();
  } catch (error) {
    if (error instanceof StorageError) throw error;
    throw new StorageError(describeStorageError(error), error);
  }
}
