import { describe, expect, test } from 'vitest';
import { checkPlan, errorsOf } from './helpers.js';

describe('a plan with one week', () => {
    test('checks clean and dates its sessions', async () => {
        const checked = await checkPlan(`plan "Smoke"
  start 2027-01-04
  pace easy 6:00/km
week 1 {
  tue run 10km @easy
}`);
        expect(errorsOf(checked)).toEqual([]);
        const session = checked.plan.weeks[0].days[0].sessions[0];
        expect(session.date).toBe('2027-01-05');
        // 10 km at 6:00/km is 60 minutes at RPE 3: load 180.
        expect(session.minutes).toBe(60);
        expect(session.load).toBe(180);
    });
});
