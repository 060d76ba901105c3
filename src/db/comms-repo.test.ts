import { beforeEach, describe, expect, it } from 'vitest';
import Dexie from 'dexie';
import { BUILT_IN_TEMPLATES, draftId, mergeTemplates, type CommsTemplate } from '@/domain/comms/templates';
import { db, DB_NAME, resetDatabase } from './database';
import { CURRENT_VERSION, SCHEMA_V2 } from './schema';
import { exportBackup, importBackup } from './backup';
import { deleteStoredTemplate, discardDraft, listDrafts, listStoredTemplates, saveDraft, saveTemplate } from './comms-repo';

const NOW = Date.UTC(2026, 10, 23, 9);
const custom: CommsTemplate = {
  id: 'custom:01',
  name: 'Exec summary',
  audience: 'stakeholders',
  purpose: 'other',
  subject: 'S',
  body: '{{title}}',
  updatedAt: NOW,
};

beforeEach(async () => {
  localStorage.clear();
  await resetDatabase();
});

describe('templates in storage', () => {
  it('saves a custom template and lists it after the built-ins', async () => {
    expect(await saveTemplate(custom)).toEqual({ ok: true, template: custom });
    expect(mergeTemplates(await listStoredTemplates()).map((t) => t.id)).toEqual([...BUILT_IN_TEMPLATES.map((t) => t.id), 'custom:01']);
  });

  it('refuses an invalid template, naming the field, and writes nothing', async () => {
    const result = await saveTemplate({ ...custom, name: '', audience: 'everyone' as never });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.join(' ')).toMatch(/name: .*audience: /);
    expect(await db.commsTemplates.count()).toBe(0);
  });

  it('an edited built-in keeps its audience and purpose; deleting the edit resets it', async () => {
    const progress = BUILT_IN_TEMPLATES[1]!;
    const saved = await saveTemplate({ ...progress, body: 'Short', audience: 'public', purpose: 'other', updatedAt: NOW });
    expect(saved).toMatchObject({ ok: true, template: { audience: 'stakeholders', purpose: 'progress', body: 'Short' } });
    expect(mergeTemplates(await listStoredTemplates())[1]).toMatchObject({ body: 'Short', edited: true });
    await deleteStoredTemplate(progress.id);
    expect(mergeTemplates(await listStoredTemplates())[1]).toMatchObject({ body: progress.body, edited: false });
  });
});

describe('drafts', () => {
  const draft = { incidentId: 'INC-0000D0D0', templateId: 'builtin:progress', subject: 's', body: 'Hello', updatedAt: NOW };

  it('saves, lists newest first, and discards one incident’s drafts', async () => {
    await saveDraft(draft);
    await saveDraft({ ...draft, templateId: 'builtin:status-page', body: 'Public', updatedAt: NOW + 1 });
    await saveDraft({ ...draft, incidentId: 'INC-0000D0D1' });
    expect((await listDrafts(draft.incidentId)).map((d) => d.body)).toEqual(['Public', 'Hello']);
    await discardDraft(draft.incidentId, 'builtin:status-page');
    expect((await listDrafts(draft.incidentId)).map((d) => d.body)).toEqual(['Hello']);
  });

  it('the last save wins when saves overlap', async () => {
    await Promise.all(['H', 'He', 'Hel', 'Hell', 'Hello!'].map((body, i) => saveDraft({ ...draft, body, updatedAt: NOW + i })));
    expect((await listDrafts(draft.incidentId))[0]!.body).toBe('Hello!');
    expect(localStorage.length).toBe(0);
  });

  it('a keystroke journaled but not yet in IndexedDB (a reload mid-save) is not lost', async () => {
    await saveDraft(draft);
    // What a reload leaves behind when it cuts the IndexedDB write short: only the journal.
    const later = { ...draft, id: draftId(draft.incidentId, draft.templateId), body: 'Hello, world', updatedAt: NOW + 5 };
    localStorage.setItem(`watchfloor-comms-draft:${later.id}`, JSON.stringify(later));
    expect((await listDrafts(draft.incidentId))[0]!.body).toBe('Hello, world');
  });

  it('an older or malformed journal entry does not override IndexedDB', async () => {
    await saveDraft({ ...draft, body: 'New', updatedAt: NOW + 10 });
    const id = draftId(draft.incidentId, draft.templateId);
    localStorage.setItem(`watchfloor-comms-draft:${id}`, JSON.stringify({ ...draft, id, body: 'Old' }));
    localStorage.setItem(`watchfloor-comms-draft:${draft.incidentId}|x`, '{not json');
    expect((await listDrafts(draft.incidentId)).map((d) => d.body)).toEqual(['New']);
  });
});

describe('backup of comms data', () => {
  it('templates are backed up and restored; drafts are deliberately not', async () => {
    await saveTemplate(custom);
    await saveDraft({ incidentId: 'INC-0000D0D0', templateId: 'custom:01', subject: '', body: 'unsent', updatedAt: NOW });
    const backup = await exportBackup(NOW);
    expect(backup.tables.commsTemplates).toEqual([custom]);
    expect(backup.tables.commsDrafts).toBeUndefined();
    await resetDatabase();
    localStorage.clear();
    expect(await importBackup(JSON.stringify(backup))).toMatchObject({ ok: true, counts: { commsTemplates: 1 } });
    expect(await listStoredTemplates()).toEqual([custom]);
  });

  it('a malformed template in a backup imports nothing and is named', async () => {
    const backup = await exportBackup(NOW);
    backup.tables.commsTemplates = [{ ...custom, body: '' }];
    const result = await importBackup(JSON.stringify(backup));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors[0]).toMatch(/^commsTemplates\[0\] \(template custom:01\): body:/);
  });
});

describe('schema v4', () => {
  it('a database from schema v2 upgrades with its data and gains the comms tables', async () => {
    db.close();
    await Dexie.delete(DB_NAME);
    const v2 = new Dexie(DB_NAME);
    v2.version(2).stores(SCHEMA_V2);
    await v2.open();
    await v2.table('settings').put({ key: 'app', value: { userName: 'Ana' } });
    v2.close();
    await db.open();
    expect(db.verno).toBe(CURRENT_VERSION);
    expect(await db.settings.get('app')).toEqual({ key: 'app', value: { userName: 'Ana' } });
    expect(await saveTemplate(custom)).toMatchObject({ ok: true });
    await saveDraft({ incidentId: 'INC-0000D0D0', templateId: 'custom:01', subject: '', body: 'x', updatedAt: NOW });
    expect(await listDrafts('INC-0000D0D0')).toHaveLength(1);
  });
});
