// Two tabs (or two people over a sync) edit one postmortem. A save carries the units the tab
// changed, each with the value it started from (its base); the store merges them three-way
// against what it holds now (theirs):
//   - a unit nobody else changed takes the tab's value; a unit only the other side changed stays;
//   - lists of items with ids (timeline rows, action items) and records (the checklist) merge
//     item by item, so two tabs adding action items both keep theirs;
//   - sets (related incidents) merge additions and removals and never conflict;
//   - the same unit or item changed differently on both sides is a conflict: the stored value
//     stays, the other version is kept beside it until a person chooses. Nothing is overwritten
//     silently and nothing is dropped.
import type { Conflict, PostmortemContent, Unit } from './model';

type UnitKind = 'value' | 'keyed' | 'set' | 'record';

export const UNIT_KIND: Record<Unit, UnitKind> = {
  facts: 'value',
  summary: 'value',
  impactUsers: 'value',
  impactBusiness: 'value',
  impactTechnical: 'value',
  timeline: 'keyed',
  primaryCause: 'value',
  contributingFactors: 'value',
  whyNotCaught: 'value',
  // The chain is one argument: interleaving two people's steps would make nonsense of it.
  whys: 'value',
  failureClass: 'value',
  failureNotes: 'value',
  resolutionImmediate: 'value',
  resolutionPermanent: 'value',
  actionItems: 'keyed',
  wentWell: 'value',
  couldImprove: 'value',
  futurePrevention: 'value',
  relatedIncidents: 'set',
  checklist: 'record',
};

/** Structural equality for JSON-like values (key order does not matter). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const bb = b as unknown[];
    return a.length === bb.length && a.every((x, i) => sameValue(x, bb[i]));
  }
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** A conflict before it gets its id, author and time. */
export type ConflictDraft = Pick<Conflict, 'unit' | 'itemId' | 'mine' | 'theirs'>;

export interface MergeOutcome {
  content: PostmortemContent;
  conflicts: ConflictDraft[];
  /** Units whose stored value changed. */
  changed: Unit[];
}

type Keyed = { id: string };

/** Item-by-item three-way merge of lists of items with ids. An absent item (undefined) is a deletion. */
export function mergeKeyed<T extends Keyed>(
  base: readonly T[],
  mine: readonly T[],
  theirs: readonly T[],
): { list: T[]; conflicts: { itemId: string; mine: T | null; theirs: T | null }[] } {
  const index = (list: readonly T[]) => new Map(list.map((item) => [item.id, item]));
  const b = index(base);
  const m = index(mine);
  const t = index(theirs);
  const order = [...theirs.map((x) => x.id), ...mine.map((x) => x.id).filter((id) => !t.has(id))];
  const list: T[] = [];
  const conflicts: { itemId: string; mine: T | null; theirs: T | null }[] = [];
  for (const id of new Set(order)) {
    const [bi, mi, ti] = [b.get(id), m.get(id), t.get(id)];
    let keep: T | undefined;
    if (sameValue(mi, ti)) keep = ti;
    else if (sameValue(bi, ti)) keep = mi;
    else if (sameValue(bi, mi)) keep = ti;
    else {
      keep = ti;
      conflicts.push({ itemId: id, mine: mi ?? null, theirs: ti ?? null });
    }
    if (keep) list.push(keep);
  }
  return { list, conflicts };
}

/** Additions and removals of both sides; never a conflict. */
export function mergeSet<T>(base: readonly T[], mine: readonly T[], theirs: readonly T[]): T[] {
  const added = mine.filter((x) => !base.includes(x));
  const removed = new Set(base.filter((x) => !mine.includes(x)));
  return [...new Set([...theirs, ...added])].filter((x) => !removed.has(x));
}

/** Key-by-key three-way merge of records (the checklist). */
export function mergeRecord<V>(
  base: Readonly<Record<string, V>>,
  mine: Readonly<Record<string, V>>,
  theirs: Readonly<Record<string, V>>,
): { record: Record<string, V>; conflicts: { itemId: string; mine: V | null; theirs: V | null }[] } {
  const record: Record<string, V> = { ...theirs };
  const conflicts: { itemId: string; mine: V | null; theirs: V | null }[] = [];
  for (const key of new Set([...Object.keys(base), ...Object.keys(mine)])) {
    const [bv, mv, tv] = [base[key], mine[key], theirs[key]];
    if (sameValue(mv, tv) || sameValue(bv, mv)) continue;
    if (sameValue(bv, tv)) {
      if (mv === undefined) delete record[key];
      else record[key] = mv;
    } else conflicts.push({ itemId: key, mine: mv ?? null, theirs: tv ?? null });
  }
  return { record, conflicts };
}

/**
 * Merges the units a tab changed (`mine`, each with its `base`) into the stored content. A unit
 * missing from `base` has no known starting point (an imported copy): any difference from the
 * stored value is then kept as a conflict, never applied blindly.
 */
export function mergeContent(base: Partial<PostmortemContent>, mine: Partial<PostmortemContent>, theirs: PostmortemContent): MergeOutcome {
  const content: Record<string, unknown> = { ...theirs };
  const conflicts: ConflictDraft[] = [];
  const hasBase = (unit: Unit) => Object.prototype.hasOwnProperty.call(base, unit);
  for (const unit of Object.keys(mine) as Unit[]) {
    const m = mine[unit] as unknown;
    const t = theirs[unit] as unknown;
    if (m === undefined || sameValue(m, t)) continue;
    switch (UNIT_KIND[unit]) {
      case 'value': {
        const b = base[unit] as unknown;
        if (hasBase(unit) && sameValue(b, t)) content[unit] = m;
        else if (!(hasBase(unit) && sameValue(b, m))) conflicts.push({ unit, itemId: null, mine: m, theirs: t });
        break;
      }
      case 'keyed': {
        const merged = mergeKeyed((base[unit] ?? []) as Keyed[], m as Keyed[], t as Keyed[]);
        content[unit] = merged.list;
        for (const c of merged.conflicts) conflicts.push({ unit, ...c });
        break;
      }
      case 'set':
        content[unit] = mergeSet((base[unit] ?? []) as unknown[], m as unknown[], t as unknown[]);
        break;
      case 'record': {
        const merged = mergeRecord((base[unit] ?? {}) as Record<string, unknown>, m as Record<string, unknown>, t as Record<string, unknown>);
        content[unit] = merged.record;
        for (const c of merged.conflicts) conflicts.push({ unit, ...c });
        break;
      }
    }
  }
  const merged = content as PostmortemContent;
  const changed = (Object.keys(mine) as Unit[]).filter((u) => !sameValue(merged[u], theirs[u]));
  return { content: merged, conflicts, changed };
}

/** The units where a tab's draft differs from the value it started from. */
export function changedUnits(base: PostmortemContent, draft: PostmortemContent): Unit[] {
  return (Object.keys(draft) as Unit[]).filter((u) => !sameValue(base[u], draft[u]));
}

export function pickUnits(content: PostmortemContent, units: readonly Unit[]): Partial<PostmortemContent> {
  return Object.fromEntries(units.map((u) => [u, content[u]])) as Partial<PostmortemContent>;
}

/**
 * Follows the stored document while a tab edits: every unit the tab has not touched takes the
 * stored value (another tab's edit shows at once); a unit with a local edit keeps the edit and
 * its base, so the next save merges it (or reports the conflict).
 */
export function rebaseDraft(
  base: PostmortemContent,
  draft: PostmortemContent,
  stored: PostmortemContent,
): { base: PostmortemContent; draft: PostmortemContent } {
  const nextBase: Record<string, unknown> = { ...base };
  const nextDraft: Record<string, unknown> = { ...draft };
  for (const unit of Object.keys(stored) as Unit[]) {
    if (sameValue(base[unit], draft[unit])) {
      nextBase[unit] = stored[unit];
      nextDraft[unit] = stored[unit];
    }
  }
  return { base: nextBase as PostmortemContent, draft: nextDraft as PostmortemContent };
}

/**
 * After a save: the saved units' base becomes what is stored now; where the tab has not typed
 * since the save started, its draft follows the store too (a conflicting edit now lives in the
 * conflict record, shown beside the stored text).
 */
export function afterSave(
  state: { base: PostmortemContent; draft: PostmortemContent },
  sent: Partial<PostmortemContent>,
  stored: PostmortemContent,
): { base: PostmortemContent; draft: PostmortemContent } {
  const base: Record<string, unknown> = { ...state.base };
  const draft: Record<string, unknown> = { ...state.draft };
  for (const unit of Object.keys(sent) as Unit[]) {
    base[unit] = stored[unit];
    if (sameValue(state.draft[unit], sent[unit])) draft[unit] = stored[unit];
  }
  return { base: base as PostmortemContent, draft: draft as PostmortemContent };
}

/** Applies the chosen side of a conflict ('theirs' keeps the stored value). */
export function resolveConflict(content: PostmortemContent, conflict: Conflict, choice: 'mine' | 'theirs'): PostmortemContent {
  if (choice === 'theirs') return content;
  const unit = conflict.unit;
  const kind = UNIT_KIND[unit];
  if (kind === 'keyed' && conflict.itemId !== null) {
    const list = content[unit] as unknown as Keyed[];
    const mine = conflict.mine as Keyed | null;
    const exists = list.some((x) => x.id === conflict.itemId);
    const next = mine
      ? exists
        ? list.map((x) => (x.id === conflict.itemId ? mine : x))
        : [...list, mine]
      : list.filter((x) => x.id !== conflict.itemId);
    return { ...content, [unit]: next };
  }
  if (kind === 'record' && conflict.itemId !== null) {
    const record = { ...(content[unit] as Record<string, unknown>) };
    if (conflict.mine === null) delete record[conflict.itemId];
    else record[conflict.itemId] = conflict.mine;
    return { ...content, [unit]: record };
  }
  return { ...content, [unit]: conflict.mine };
}

/** The same conflict twice (a retried save) is recorded once. */
export function isSameConflict(a: ConflictDraft, b: ConflictDraft): boolean {
  return a.unit === b.unit && a.itemId === b.itemId && sameValue(a.mine, b.mine) && sameValue(a.theirs, b.theirs);
}
