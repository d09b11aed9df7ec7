import type { Drill, DrillKind } from './drill.js';

/** What a drill a plan defines gets for the numbers it does not give, by its kind. */
export const KIND_DEFAULTS: Readonly<Record<DrillKind, Omit<Drill, 'id' | 'title' | 'kind' | 'description' | 'aliases'>>> = {
    run: { measures: ['distance', 'time'], repSeconds: 0, restSeconds: 60 },
    sprint: { measures: ['distance', 'time'], repSeconds: 8, restSeconds: 240 },
    'sprint-drill': { measures: ['distance', 'reps', 'time'], repSeconds: 5, restSeconds: 60, metresPerSecond: 3 },
    plyometric: { measures: ['reps', 'distance', 'time'], repSeconds: 1, restSeconds: 90, contactsPerRep: 1, metresPerContact: 2, tier: 'moderate' },
    strength: { measures: ['reps', 'time'], repSeconds: 4, restSeconds: 120 },
    mobility: { measures: ['time', 'reps'], repSeconds: 60, restSeconds: 0 },
    cross: { measures: ['time', 'distance'], repSeconds: 0, restSeconds: 0, metresPerSecond: 5 },
};
