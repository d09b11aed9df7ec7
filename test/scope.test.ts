/**
 * What a name in a plan refers to. Scopes are looked up in a map (src/language/stride-scope-provider.ts);
 * a name defined twice must still lead to its first definition, as the error on the second one says.
 */
import { expect, test } from 'vitest';
import { checkPlan, errorsOf, HEADER, sessionsOf } from './helpers.js';

test('a session defined twice: a day that uses it gets the first definition', async () => {
    const checked = await checkPlan(`${HEADER}session long "First" run {
  16km @easy
}
session long "Second" run {
  8km @easy
}
week 1 {
  sun long
}
`);
    // HEADER is lines 1-4, so the second definition is line 8; its name follows `session ` (8 characters).
    expect(errorsOf(checked)).toEqual(["8:9-8:13 session 'long' is defined twice (first on line 5)"]);
    const [sunday] = sessionsOf(checked.plan);
    // The first definition: 16 km at the easy pace of 6:00/km is 96 minutes.
    expect(sunday.name).toBe('First');
    expect(sunday.distanceM).toBe(16000);
    expect(sunday.minutes).toBe(96);
});

test('a drill of the plan named like a built-in one is the one its steps use', async () => {
    const checked = await checkPlan(`${HEADER}drill pogo-jump "Pogo on the spot" plyometric contacts 2
week 1 {
  tue plyometrics 10 pogo-jump
}
`);
    // The plan's drill counts 2 contacts a rep, the built-in one 1: 10 reps x 2 = 20.
    expect(sessionsOf(checked.plan)[0].contacts).toBe(20);
});
