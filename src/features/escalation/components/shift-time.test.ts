import { describe, expect, it } from 'vitest';
import { shiftTime } from './shift-time';

describe('shift times', () => {
  it('read as a short UTC weekday, date and time', () => {
    expect(shiftTime(Date.UTC(2026, 10, 23, 9, 5))).toBe('Mon 23 Nov 09:05');
    expect(shiftTime(Date.UTC(2027, 0, 3, 23, 59))).toBe('Sun 3 Jan 23:59');
  });
});
