/**
 * Garmin's exercise for each built-in strength and plyometric drill that has one: the FIT
 * profile's exercise category and, in that category's own list, the exercise's name. A watch
 * shows the exercise it knows (and counts its reps); a drill with no fitting exercise keeps its
 * own title only. test/export/fit-exercises.test.ts checks every pair against the SDK's profile.
 */
import { Profile, type Types } from '@garmin/fitsdk';
import type { DrillKind } from '../../drills/drill.js';

type Category = Exclude<Types.ExerciseCategory, number>;

/** Drill id: [category, the exercise's name in `<category>ExerciseName`]. */
export const GARMIN_EXERCISES: Readonly<Record<string, readonly [Category, string]>> = {
    'back-extension': ['core', 'ghdBackExtensions'],
    'back-squat': ['squat', 'barbellBackSquat'],
    'band-pull-apart': ['bandedExercises', 'pullApart'],
    'bent-over-row': ['row', 'bentOverRowWithBarbell'],
    'bird-dog': ['core', 'armAndLegExtensionOnKnees'],
    'bulgarian-split-squat': ['lunge', 'dumbbellBulgarianSplitSquat'],
    'calf-raise': ['calfRaise', 'standingCalfRaise'],
    'clamshell': ['hipRaise', 'clams'],
    'dead-bug': ['hipStability', 'deadBug'],
    'deadlift': ['deadlift', 'barbellDeadlift'],
    'farmer-carry': ['carry', 'farmersCarry'],
    'front-squat': ['squat', 'barbellFrontSquat'],
    'glute-bridge': ['hipRaise', 'hipRaise'],
    'goblet-squat': ['squat', 'gobletSquat'],
    'hamstring-curl': ['legCurl', 'legCurl'],
    'hang-clean': ['olympicLift', 'barbellHangPowerClean'],
    'hanging-knee-raise': ['legRaise', 'hangingKneeRaise'],
    'hip-thrust': ['hipRaise', 'barbellHipThrustWithBench'],
    'kettlebell-swing': ['hipRaise', 'kettlebellSwing'],
    'lateral-lunge': ['lunge', 'sideLunge'],
    'leg-press': ['squat', 'legPress'],
    'lunge': ['lunge', 'lunge'],
    'overhead-press': ['shoulderPress', 'overheadBarbellPress'],
    'plank': ['plank', 'plank'],
    'power-clean': ['olympicLift', 'barbellPowerClean'],
    'pull-up': ['pullUp', 'pullUp'],
    'push-up': ['pushUp', 'pushUp'],
    'reverse-lunge': ['lunge', 'dumbbellReverseLunge'],
    'romanian-deadlift': ['deadlift', 'romanianDeadlift'],
    'seated-calf-raise': ['calfRaise', 'seatedCalfRaise'],
    'side-plank': ['plank', 'sidePlank'],
    'single-arm-row': ['row', 'dumbbellRow'],
    'single-leg-calf-raise': ['calfRaise', 'singleLegStandingCalfRaise'],
    'single-leg-deadlift': ['deadlift', 'singleLegRomanianDeadliftWithDumbbell'],
    'single-leg-glute-bridge': ['hipRaise', 'singleLegHipRaise'],
    'single-leg-squat': ['squat', 'oneLeggedSquat'],
    'sled-drag': ['sled', 'forwardDrag'],
    'sled-push': ['sled', 'push'],
    'split-squat': ['squat', 'dumbbellSplitSquat'],
    'step-up': ['squat', 'stepUp'],
    'tibialis-raise': ['calfRaise', 'seatedDumbbellToeRaise'],
    'trap-bar-deadlift': ['deadlift', 'trapBarDeadlift'],
    'walking-lunge': ['lunge', 'walkingLunge'],
    'wall-sit': ['squat', 'bodyWeightWallSquat'],
    // Plyometrics.
    'box-jump': ['plyo', 'boxJump'],
    'depth-jump': ['plyo', 'depthJump'],
    'jump-rope': ['cardio', 'jumpRope'],
    'jumping-jack': ['cardio', 'jumpingJacks'],
    'lateral-bound': ['plyo', 'lateralLeapAndHop'],
    'med-ball-throw': ['plyo', 'medicineBallOverheadThrows'],
    'split-jump': ['plyo', 'alternatingJumpLunge'],
    'squat-jump': ['plyo', 'bodyWeightJumpSquat'],
};

/** A step's exercise as the Encoder takes it: the category by name, the exercise by its number in the category's list. */
export interface GarminExercise {
    readonly exerciseCategory: Category;
    readonly exerciseName?: number;
}

/** The number of `name` in the profile's list for `category`; undefined when the list has no such name. */
export function exerciseNumber(category: Category, name: string): number | undefined {
    const names = Profile.types[`${category}ExerciseName`] ?? {};
    const found = Object.entries(names).find(([, value]) => value === name);
    return found === undefined ? undefined : Number(found[0]);
}

const RESOLVED = new Map(Object.entries(GARMIN_EXERCISES).map(([drill, [category, name]]) => [drill, { exerciseCategory: category, exerciseName: exerciseNumber(category, name) }]));

/**
 * Garmin's exercise for a strength or plyometric drill: its own where the table has one; a
 * plyometric drill without one is still in the `plyo` category. Other drills have none.
 */
export function garminExercise(drill: { readonly id: string; readonly kind: DrillKind }): GarminExercise | null {
    if (drill.kind !== 'strength' && drill.kind !== 'plyometric') {
        return null;
    }
    return RESOLVED.get(drill.id) ?? (drill.kind === 'plyometric' ? { exerciseCategory: 'plyo' } : null);
}
