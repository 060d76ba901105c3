import { describe, expect, it } from 'vitest';
import { lifecycleDiagram } from './diagram';
import { TRANSITIONS } from './lifecycle';

const colours = { currentFill: '#111111', currentStroke: '#222222', currentText: '#ffffff', visitedStroke: '#333333' };

describe('lifecycle diagram', () => {
  const source = lifecycleDiagram(
    {
      status: 'identified',
      title: '"]; click A callback <img src=x onerror=alert(1)>',
      path: [
        { status: 'detected', at: 1 },
        { status: 'investigating', at: 2 },
        { status: 'identified', at: 3 },
      ],
    },
    colours,
  );

  it('draws every transition of the machine, and nothing else', () => {
    const arrows = source.split('\n').filter((l) => /^\s+\w+ --> \w+ :/.test(l));
    expect(arrows).toHaveLength(TRANSITIONS.length);
    for (const t of TRANSITIONS) expect(source).toContain(`${t.from} --> ${t.to} :`);
  });

  it('marks the current state and the path taken, in words and style', () => {
    expect(source).toContain('state "Identified #9679; now" as identified');
    expect(source).toContain('state "Detected #10003;" as detected');
    expect(source).toContain('state "Fixing" as fixing');
    expect(source).toContain('class identified current');
    expect(source).toContain('class detected,investigating visited');
  });

  it('keeps hostile titles inert inside the diagram', () => {
    const note = source.split('\n').find((l) => l.includes('note right of'))!;
    expect(note.replace(/#\d+;/g, '')).not.toMatch(/["<>\]]/);
  });
});
