import { HEADER } from '../helpers.js';

/**
 * A year-long plan for measuring the rules: 52 weeks written out day by day (a speed day, a
 * gym session, a plyometric circuit, threshold, easy and long runs), so every rule has work to do.
 */
export function yearPlan(): string {
    const weeks = Array.from({ length: 52 }, (_, index) => {
        const grow = 1 + (index % 4) * 0.05;
        const km = (value: number) => `${(value * grow).toFixed(1)}km`;
        return `week ${index + 1} {
  mon rest
  tue speed {
    warmup 15min @easy
    4 x 60m sprint @95% rest 6min
    3 x 30m flying-sprint @max rest 4min
    cooldown 10min @easy
  } and 17:30 strength {
    3 x 5 back-squat @RPE8 rest 3min
    3 x 8 lunge each-leg @RPE7 rest 90s
  }
  wed run ${km(8)} @easy
  thu plyometrics ${2 + (index % 3)} rounds { 10 pogo-jump 8 bound 10 skip } rest 2min
  fri run { warmup 2km @easy  3 x 2km @RPE6 rest 90s  cooldown 2km @easy }
  sat run ${km(6)} @easy
  sun run ${km(16)} @easy
}`;
    });
    return `${HEADER}${weeks.join('\n')}\n`;
}
