import { DRILL_CATALOGUE } from './catalogue.js';
import type { Drill } from './drill.js';

export type { Drill, DrillKind, Measure, PlyoTier } from './drill.js';
export { DRILL_CATALOGUE } from './catalogue.js';
export { KIND_DEFAULTS } from './kind-defaults.js';

/** Built-in drills by id and by each alias. */
export const BUILTIN_DRILLS: ReadonlyMap<string, Drill> = new Map(
    DRILL_CATALOGUE.flatMap(drill => [drill.id, ...drill.aliases].map(name => [name, drill] as const))
);

/** The drill a step with no drill named stands for: cross-training in a `cross` session, else a run. */
export function defaultDrillFor(sessionKind: string | null): Drill {
    return BUILTIN_DRILLS.get(sessionKind === 'cross' ? 'cross-training' : 'run')!;
}
