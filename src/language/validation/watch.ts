import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { WATCH_SCHEDULE_WINDOW } from '../../export/fit/watch-limits.js';
import { sessionWorkout, type WatchLoss } from '../../export/fit/workout-steps.js';
import type { PlanSession } from '../../plan/model.js';
import { isRpeIntensity, isSessionUse, isStep, isWatchSetting, type PlanFile, type WatchSetting } from '../generated/ast.js';
import type { PlanProvider } from '../plan-provider.js';
import type { StrideServices } from '../stride-module.js';
import { IssueCodes } from './issue-codes.js';

/** The watches Stride writes workouts for, as a plan's `watch` line names them. */
const WATCHES = ['garmin'];

const LOSS_CODES: Readonly<Record<WatchLoss['code'], string>> = {
    'watch-name': IssueCodes.WatchName,
    'watch-target': IssueCodes.WatchTarget,
    'watch-steps': IssueCodes.WatchSteps,
};

/**
 * What will not survive on a watch, for a plan whose header says `watch garmin`: the FIT
 * export's own account of what it loses (src/export/fit), said as notes where it is written.
 */
export class WatchValidator {
    private readonly plans: PlanProvider;
    /** The losses of each Plan session; a session the Plan compile reuses is not converted again. */
    private readonly losses = new WeakMap<PlanSession, readonly WatchLoss[]>();

    constructor(services: StrideServices) {
        this.plans = services.plan.PlanProvider;
    }

    /** `watch` names a watch that Stride writes workouts for. */
    checkWatchSetting(setting: WatchSetting, accept: ValidationAcceptor): void {
        if (setting.device && !WATCHES.includes(setting.device)) {
            accept('error', `Stride writes workouts for ${WATCHES.join(', ')} watches: write \`watch garmin\``, { node: setting, property: 'device', code: IssueCodes.UnknownWatch });
        }
    }

    /**
     * With `watch garmin`: each name a watch cuts, target it cannot follow and workout longer
     * than it takes, once where it is written (a named session's, in the session); and the
     * sessions past the schedule a watch loads at once.
     */
    checkWatchLosses(file: PlanFile, accept: ValidationAcceptor): void {
        const setting = file.header?.settings.find(isWatchSetting);
        if (!setting || setting.device !== 'garmin') return;
        const source = this.plans.sourceOf(AstUtils.getDocument(file));
        const said = new Set<string>();
        const sessions = source.plan.weeks.flatMap(week => week.days.flatMap(day => day.sessions));
        for (const session of sessions) {
            let losses = this.losses.get(session);
            if (!losses) {
                losses = sessionWorkout(session, source.plan).losses;
                this.losses.set(session, losses);
            }
            for (const loss of losses) {
                const place = lossPlace(loss, source.nodeOf(loss.source));
                const key = place && `${loss.code} ${JSON.stringify(place.node.$cstNode?.range)} ${place.property ?? ''}`;
                if (!place || said.has(key!)) continue;
                said.add(key!);
                accept('info', loss.message, {
                    ...place, code: LOSS_CODES[loss.code], data: loss.replacement === undefined ? undefined : { replacement: loss.replacement },
                });
            }
        }
        if (sessions.length > WATCH_SCHEDULE_WINDOW) {
            const last = sessions[WATCH_SCHEDULE_WINDOW - 1];
            accept('info', `${sessions.length} sessions: a watch loads about ${WATCH_SCHEDULE_WINDOW} scheduled workouts at a time, here up to ${last.date ?? `session ${WATCH_SCHEDULE_WINDOW}`}; `
                + `export again before then, and each export schedules the ${WATCH_SCHEDULE_WINDOW} from its day`, { node: setting, code: IssueCodes.WatchWindow });
        }
    }
}

/**
 * Where a loss is said: a name on the title (of the named session, for one used by name), a
 * target on the RPE, a long workout on the session (or the named session's name).
 */
function lossPlace(loss: WatchLoss, node: AstNode | undefined): { node: AstNode; property?: string } | undefined {
    if (!node) return undefined;
    if (isStep(node)) {
        const rpe = node.intensities.find(isRpeIntensity);
        return rpe ? { node: rpe } : { node };
    }
    if (isSessionUse(node)) {
        const template = node.template?.ref;
        if (template) {
            return { node: template, property: loss.code === 'watch-name' && template.title ? 'title' : 'name' };
        }
        return node.title ? { node, property: 'title' } : { node };
    }
    return { node };
}
