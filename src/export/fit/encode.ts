/**
 * FIT files written with Garmin's own Encoder (@garmin/fitsdk): a workout (FileId, Workout,
 * WorkoutStep messages) and a schedule (FileId, Schedule messages). The Encoder checks every
 * value against the profile and writes the header and both CRCs.
 */
import { Encoder, Profile, type FileIdMesg, type ScheduleMesg, type WorkoutMesg } from '@garmin/fitsdk';
import type { Workout } from './workout-steps.js';

/**
 * Product number in Stride's FileIds, under the manufacturer `development` that the FIT
 * profile keeps for software like this. ("ST" in ASCII.)
 */
export const STRIDE_PRODUCT = 0x5354;

/** What tells a file from every other on a watch: FIT asks type, manufacturer, product and serial number to be unique. */
export interface FileIdentity {
    readonly serialNumber: number;
    readonly timeCreated: Date;
}

export function encodeWorkout(workout: Workout, identity: FileIdentity): Uint8Array {
    const encoder = new Encoder();
    encoder.onMesg(Profile.MesgNum.FILE_ID, fileId('workout', identity));
    const summary: WorkoutMesg = { wktName: workout.name, sport: workout.sport, subSport: workout.subSport, numValidSteps: workout.steps.length };
    encoder.onMesg(Profile.MesgNum.WORKOUT, summary);
    for (const step of workout.steps) {
        encoder.onMesg(Profile.MesgNum.WORKOUT_STEP, step);
    }
    return encoder.close();
}

/** A workout on the schedule: its file's identity, and when, as seconds of local time since FIT's epoch. */
export interface ScheduledWorkout extends FileIdentity {
    readonly scheduledTime: number;
}

export function encodeSchedule(scheduled: readonly ScheduledWorkout[], identity: FileIdentity): Uint8Array {
    const encoder = new Encoder();
    encoder.onMesg(Profile.MesgNum.FILE_ID, fileId('schedules', identity));
    for (const { serialNumber, timeCreated, scheduledTime } of scheduled) {
        const entry: ScheduleMesg = {
            manufacturer: 'development', product: STRIDE_PRODUCT, serialNumber, timeCreated, completed: 0, type: 'workout', scheduledTime,
        };
        encoder.onMesg(Profile.MesgNum.SCHEDULE, entry);
    }
    return encoder.close();
}

function fileId(type: 'workout' | 'schedules', identity: FileIdentity): FileIdMesg {
    return { type, manufacturer: 'development', product: STRIDE_PRODUCT, ...identity };
}
