/** How a rule's message names the session it is about. */
import type { PlanSession } from '../plan/model.js';

/** The longest session name a message repeats; a longer one is cut, so that a message stays short whatever the plan names its sessions. */
const LONGEST_NAME = 60;

/** `week 2 tue, Speed day`: where a session-level finding is. */
export function sessionLabel(week: number, dayName: string, session: PlanSession): string {
    const characters = [...session.name.replace(/\s+/g, ' ')];
    const name = characters.length > LONGEST_NAME ? `${characters.slice(0, LONGEST_NAME).join('')}...` : characters.join('');
    return `week ${week} ${dayName}, ${name}`;
}
