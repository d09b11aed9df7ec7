/** The effort tables (docs/plan-model.md), read both ways: an RPE turned into a pace or a speed turns back into itself. */
import { describe, expect, test } from 'vitest';
import { paceRatioForRpe, rpeForPaceRatio, rpeForSpeedFraction, speedFractionForRpe } from '../src/plan/effort.js';

describe('the effort tables', () => {
    test.each([2, 3, 4, 5, 6, 7, 8, 9, 10])('a run at RPE %i runs at a pace that is RPE %i again', rpe => {
        expect(rpeForPaceRatio(paceRatioForRpe(rpe))).toBe(rpe);
    });

    test.each([4, 5, 7, 8, 9, 10])('a sprint at RPE %i runs at a share of max speed that is RPE %i again', rpe => {
        expect(rpeForSpeedFraction(speedFractionForRpe(rpe))).toBe(rpe);
    });

    test('an RPE the tables have no band for takes the band below, or the lowest', () => {
        expect(speedFractionForRpe(6)).toBe(0.7);
        expect(speedFractionForRpe(2)).toBe(0.6);
        expect(paceRatioForRpe(1)).toBe(1.7);
        expect(paceRatioForRpe(0)).toBe(1.7);
        expect(paceRatioForRpe(6.4)).toBe(0.81);
    });

    test('the bands\' edges', () => {
        expect([1.4, 1.399, 1.05, 1.049, 0.95, 0.68, 0.679].map(rpeForPaceRatio)).toEqual([1, 2, 2, 3, 3, 9, 10]);
        expect([1, 0.999, 0.8, 0.79, 0.7, 0.69].map(rpeForSpeedFraction)).toEqual([10, 9, 7, 5, 5, 4]);
    });
});
