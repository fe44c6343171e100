import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultState } from '../../../src/lib/state/app-state.ts';
import {
  ENTITY_LEVER_KEYS,
  LEVERS,
  LEVER_KEYS,
  SCALAR_LEVER_KEYS,
  isNeutral,
  leverCount,
  leverText,
  moved,
  neutralLevers,
  parseLever,
  sliderOf,
  stepOf,
  type LeverRow
} from '../../../src/lib/state/levers.ts';
import { SETTLE_MS, settle } from '../../../src/lib/state/settle.ts';
import { decodeState, encodeState } from '../../../src/lib/state/url.ts';
import { MESSAGES } from '../../../src/lib/i18n/messages.ts';

describe('the lever table', () => {
  it('lists every lever once, territory-wide ones first in link order', () => {
    expect(SCALAR_LEVER_KEYS).toEqual(['cs', 'ps', 'ar', 'os', 'oi', 'fe', 'hl']);
    expect(ENTITY_LEVER_KEYS).toEqual(['sd', 'st', 'gi', 'gb']);
    expect(LEVER_KEYS).toHaveLength(11);
  });

  it('gives the sliders their ranges, inside what a link may carry', () => {
    expect(sliderOf('sd')).toEqual({ min: -2, max: 5, step: 0.5 });
    expect(sliderOf('hl')).toEqual({ min: 0, max: 5, step: 0.1 });
    expect(stepOf('gb')).toBe(100_000);
    expect(stepOf('oi')).toBe(50);
    for (const key of LEVER_KEYS) {
      const row: LeverRow = LEVERS[key];
      if (row.kind !== 'number' || !('min' in row.slider)) continue;
      expect(row.slider.min, key).toBeGreaterThanOrEqual(row.min);
      expect(row.slider.max, key).toBeLessThanOrEqual(row.max);
    }
  });

  it('labels every lever in both catalogues', () => {
    for (const key of LEVER_KEYS) {
      const label = LEVERS[key].label;
      expect(MESSAGES.fr.workbench[label], key).toMatch(/\w/);
      expect(MESSAGES.en.workbench[label], key).toMatch(/\w/);
      expect(MESSAGES.fr.workbench[label]).not.toBe(MESSAGES.en.workbench[label]);
    }
  });

  it('makes the default levers the neutral ones, and leaves them out of links', () => {
    expect(defaultState().levers).toEqual(neutralLevers());
    expect(neutralLevers()).toMatchObject({ completionScale: 1, attritionRate: null });
    expect(encodeState(defaultState())).toBe('');
    for (const key of SCALAR_LEVER_KEYS) {
      expect(isNeutral(key, LEVERS[key].neutral), key).toBe(true);
    }
  });

  it('reads a link value within bounds, whole where it must be', () => {
    expect(parseLever('sd', '15')).toBe(15);
    expect(parseLever('sd', '15.5')).toBeNull();
    expect(parseLever('sd', '-5')).toBe(-5);
    expect(parseLever('oi', '12.5')).toBeNull();
    expect(parseLever('gb', '12.5')).toBe(12.5);
    expect(parseLever('hl', '5.1')).toBeNull();
    expect(parseLever('cs', '1e3')).toBeNull();
    expect(parseLever('fe', 'stop')).toBe('stop');
    expect(parseLever('fe', 'maybe')).toBeNull();
    expect(leverText('gb', 1234.6)).toBe('1235');
    expect(leverText('cs', 1.123456)).toBe('1.1235');
  });

  it('applies a lever only where it moves the model', () => {
    expect(moved('sd', 2)).toBe(2);
    expect(moved('sd', 0)).toBeNull();
    expect(moved('st', 1)).toBeNull();
    expect(moved('st', undefined)).toBeNull();
    expect(moved('ar', null)).toBeNull();
    expect(moved('ar', 0)).toBe(0);
  });

  it('counts the levers moved, as the map notes them', () => {
    expect(leverCount(defaultState().levers)).toBe(0);
    const { state } = decodeState(
      'v=1&cs=1.2&fe=stop&hl=2&sd.aesc-douai=1&st.aesc-douai=0.8&gi.x=2'
    );
    // cs, fe, hl + one site + one programme.
    expect(leverCount(state.levers)).toBe(5);
  });
});

describe('settle', () => {
  afterEach(() => vi.useRealTimers());

  it('calls once, SETTLE_MS after the last schedule', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const s = settle(run);
    s.schedule();
    vi.advanceTimersByTime(SETTLE_MS - 20);
    s.schedule();
    vi.advanceTimersByTime(SETTLE_MS - 1);
    expect(run).not.toHaveBeenCalled();
    expect(s.pending).toBe(true);
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    expect(s.pending).toBe(false);
  });

  it('forgets a cancelled call', () => {
    vi.useFakeTimers();
    const run = vi.fn();
    const s = settle(run, 50);
    s.schedule();
    s.cancel();
    vi.advanceTimersByTime(100);
    expect(run).not.toHaveBeenCalled();
  });
});
