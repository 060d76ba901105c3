import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { samplePostmortem } from '@/testing/postmortem-fixtures';
import { dueDateToTimestamp, newActionItem } from './action-items';
import { fence, markdownFileName, postmortemMarkdown, tableCell } from './markdown-export';
import type { Postmortem } from './model';

function filled(): Postmortem {
  const pm = samplePostmortem();
  return {
    ...pm,
    content: {
      ...pm.content,
      summary: 'Checkout failed for **20 min**.',
      whys: [
        { id: '1', why: 'Why 5xx?', because: 'Pool exhausted' },
        { id: '2', why: 'Why exhausted?', because: 'No load test | in CI' },
      ],
      failureClass: 'resource_exhaustion',
      actionItems: [
        {
          ...newActionItem('AI-00000A', pm.createdAt),
          title: 'Alert on pool saturation',
          owner: 'Sam',
          dueAt: dueDateToTimestamp('2026-11-20')!,
          priority: 'high',
        },
        { ...newActionItem('AI-00000B', pm.createdAt), title: 'Load test releases', owner: 'Lea', status: 'done' },
      ],
      relatedIncidents: ['INC-0000000B'],
      checklist: { cause_not_symptom: true },
    },
  };
}

describe('Markdown export', () => {
  const pm = filled();
  const md = postmortemMarkdown(pm, { now: Date.UTC(2026, 10, 25), titles: new Map([['INC-0000000B', 'Search slow']]) });

  it('has a heading per DOMAIN.md §7 section, in order', () => {
    const headings = md.split('\n').filter((l) => /^##? /.test(l));
    expect(headings).toEqual([
      '# Postmortem: Checkout returns 500s',
      '## Executive summary',
      '## Impact',
      '## Timeline',
      '## Root cause analysis',
      '## 5 whys',
      '## Failure class',
      '## Resolution',
      '## Action items',
      '## Lessons learned',
      '## Related incidents',
      '## Review checklist',
    ]);
  });

  it('keeps Markdown sections as written and puts records in tables', () => {
    expect(md).toContain('Checkout failed for **20 min**.');
    expect(md).toContain('| Severity | P1 (High) |');
    expect(md).toContain('| Time (UTC) | What happened | Who | Source |');
    expect(md).toContain('| 2026-11-23 09:00 UTC | Declared P1: Checkout returns 500s | Ana | record |');
    expect(md).toContain('| 2 | Why exhausted? | No load test \\| in CI |');
    expect(md).toContain('**Root cause:** No load test \\| in CI');
    expect(md).toContain('| AI-00000A | Alert on pool saturation | Sam | 2026-11-20 **overdue** | High | Pending |');
    expect(md).toContain('| AI-00000B | Load test releases | Lea |');
    expect(md).toContain('**Resource exhaustion** — counter-pattern: bounded pools, bounded caches and bounded queues.');
    expect(md).toContain('- INC-0000000B — Search slow');
    expect(md).toContain('- [x] The action items fix the cause, not the symptom');
    expect(md).toContain('- [ ] The countermeasure is tested');
  });

  it('carries both diagrams as mermaid source', () => {
    const blocks = md.match(/```mermaid\n[\s\S]*?\n```/g) ?? [];
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toMatch(/^```mermaid\n%%\{init.*\}%%\ntimeline TD\n/);
    expect(blocks[1]).toMatch(/^```mermaid\nflowchart TD\n/);
  });

  it('escapes what would break a table or inject HTML', () => {
    expect(tableCell('a|b\nc <img src=x onerror=alert(1)>')).toBe('a\\|b c &lt;img src=x onerror=alert(1)&gt;');
    expect(tableCell('  ')).toBe('—');
  });

  it('property: a fenced block is never closed by its own content', () => {
    fc.assert(
      fc.property(fc.string(), (body) => {
        const block = fence('mermaid', body);
        const ticks = /^`+/.exec(block)![0];
        expect(body.includes(ticks)).toBe(false);
        expect(block.endsWith(`\n${ticks}`)).toBe(true);
      }),
    );
  });

  it('names the file after the postmortem and the incident', () => {
    expect(markdownFileName(pm)).toBe('PM-0000ABCD-INC-0000000A.md');
  });
});
