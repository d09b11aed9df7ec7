/** How a rule's message names the session it is about, and the sessions a session rule looks at. */
import type { Plan, PlanDay, PlanSession, PlanWeek } from '../plan/model.js';

/** The longest session name a message repeats; a longer one is cut, so that a message stays short whatever the plan names its sessions. */
const LONGEST_NAME = 60;

/** `week 2 tue, Speed day`: where a session-level finding is. */
export function sessionLabel(week: number, dayName: string, session: PlanSession): string {
    const characters = [...session.name.replace(/\s+/g, ' ')];
    const name = characters.length > LONGEST_NAME ? `${characters.slice(0, LONGEST_NAME).join('')}...` : characters.join('');
    return `week ${week} ${dayName}, ${name}`;
}

/** The sessions of a plan that cross a line, each with its week and day, in the Plan's order: one loop, as it runs over every session of every keystroke. */
export function sessionsWhere(plan: Plan, crosses: (session: PlanSession) => boolean): Array<{ week: PlanWeek; day: PlanDay; session: PlanSession }> {
    const found: Array<{ week: PlanWeek; day: PlanDay; session: PlanSession }> = [];
    for (const week of plan.weeks) {
        for (const day of week.days) {
            for (const session of day.sessions) {
                if (crosses(session)) found.push({ week, day, session });
            }
        }
    }
    return found;
}
