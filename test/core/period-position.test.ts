import { periodPosition } from 'subscription-kit/core';
import { describe, expect, it } from 'vitest';

const march = { start: '2026-03-06T09:00:00.000Z', end: '2026-04-06T09:00:00.000Z' };

describe('given a 31-day period that began ten days ago', () => {
  it('is day 11 of 31', () => {
    expect(periodPosition(march, '2026-03-16T09:00:00.000Z')).toEqual({ day: 11, days: 31 });
  });
});

describe('given the edges of a period', () => {
  it('counts its first instant as day 1', () => {
    expect(periodPosition(march, march.start).day).toBe(1);
  });

  it('counts a day as begun only after a whole day has passed', () => {
    expect(periodPosition(march, '2026-03-07T08:59:59.999Z').day).toBe(1);
    expect(periodPosition(march, '2026-03-07T09:00:00.000Z').day).toBe(2);
  });

  it('counts its last instant as the last day', () => {
    expect(periodPosition(march, new Date(Date.parse(march.end) - 1)).day).toBe(31);
  });

  it('never counts below day 1, before the period begins', () => {
    expect(periodPosition(march, '2026-03-01T00:00:00.000Z').day).toBe(1);
  });
});

describe('given February', () => {
  it('has 28 days', () => {
    const february = {
      start: new Date('2026-02-01T00:00:00.000Z'),
      end: new Date('2026-03-01T00:00:00.000Z'),
    };
    expect(periodPosition(february, '2026-02-14T12:00:00.000Z')).toEqual({ day: 14, days: 28 });
  });
});
