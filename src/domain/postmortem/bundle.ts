// A postmortem travels between browsers as one JSON bundle: the incident's events (the incident
// is their fold, so it is rebuilt rather than trusted), a snapshot of the incident for human
// readers, and the postmortem. Everything is checked here before anything is written.
import * as z from 'zod/mini';
import { incidentEventSchema, type IncidentEvent } from '../incident/events';
import { foldEvents, type Incident } from '../incident/incident';
import { describeIssues } from '../schema-kit';
import { postmortemSchema, type Postmortem } from './model';

export const BUNDLE_FORMAT = 'watchfloor-postmortem-bundle';
export const BUNDLE_VERSION = 1;

export interface PostmortemBundle {
  format: typeof BUNDLE_FORMAT;
  version: typeof BUNDLE_VERSION;
  exportedAt: number;
  /** A snapshot for people reading the file; the importer rebuilds the incident from the events. */
  incident: { id: string };
  events: IncidentEvent[];
  postmortem: Postmortem;
}

const bundleSchema = z.object({
  format: z.literal(BUNDLE_FORMAT),
  version: z.literal(BUNDLE_VERSION),
  exportedAt: z.number(),
  // Informational: the importer rebuilds the incident from the events.
  incident: z.looseObject({ id: z.string() }),
  events: z.array(incidentEventSchema).check(z.minLength(1), z.maxLength(100_000)),
  postmortem: postmortemSchema,
});

export function makeBundle(incident: Incident, events: readonly IncidentEvent[], postmortem: Postmortem, now: number): PostmortemBundle {
  return { format: BUNDLE_FORMAT, version: BUNDLE_VERSION, exportedAt: now, incident, events: [...events], postmortem };
}

export const bundleFileName = (pm: Postmortem) => `${pm.id}-${pm.incidentId}.bundle.json`;

export type BundleCheck = { ok: true; bundle: PostmortemBundle; incident: Incident } | { ok: false; errors: string[] };

const MAX_REPORTED = 10;

/** Parses and checks a bundle's text; says what is wrong in words a person can act on. */
export function validateBundle(text: string): BundleCheck {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`The file is not valid JSON: ${(error as Error).message}`] };
  }
  if (typeof raw !== 'object' || raw === null || (raw as { format?: unknown }).format !== BUNDLE_FORMAT) {
    return { ok: false, errors: [`This is not a Watchfloor postmortem bundle: it has no "format": "${BUNDLE_FORMAT}" field.`] };
  }
  const version = (raw as { version?: unknown }).version;
  if (typeof version === 'number' && version > BUNDLE_VERSION) {
    return { ok: false, errors: [`This bundle was made by a newer Watchfloor (bundle version ${version}). Update the app first.`] };
  }
  const parsed = bundleSchema.safeParse(raw);
  if (!parsed.success) {
    const errors = describeIssues(parsed.error);
    return {
      ok: false,
      errors: errors.length > MAX_REPORTED ? [...errors.slice(0, MAX_REPORTED), `…and ${errors.length - MAX_REPORTED} more problems.`] : errors,
    };
  }
  const bundle: PostmortemBundle = parsed.data;
  const { postmortem } = bundle;
  const foreign = bundle.events.filter((e) => e.incidentId !== postmortem.incidentId);
  if (foreign.length) {
    return {
      ok: false,
      errors: [`${foreign.length} events belong to another incident than ${postmortem.incidentId} (e.g. ${foreign[0]!.incidentId}).`],
    };
  }
  if (bundle.incident.id !== postmortem.incidentId) {
    return { ok: false, errors: [`The bundle's incident is ${bundle.incident.id}, but its postmortem belongs to ${postmortem.incidentId}.`] };
  }
  const incident = foldEvents(bundle.events);
  if (!incident) return { ok: false, errors: [`The events do not make an incident: ${postmortem.incidentId} has no "declared" event.`] };
  if (incident.postmortemId !== postmortem.id) {
    return {
      ok: false,
      errors: [`The incident's record names postmortem ${incident.postmortemId ?? '(none)'}, but the bundle carries ${postmortem.id}.`],
    };
  }
  return { ok: true, bundle, incident };
}
