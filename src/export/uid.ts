/**
 * Each event's UID. A session's is a name-based UUID (version 8 from SHA-256, RFC 9562 appendix B.2)
 * of where the session sits and what it is: the plan's name, the week number, the day as
 * written (`tue` or `2027-01-05`), the session's template or name, and its ordinal among
 * sessions of that name on that day. No plan text reaches the calendar this way, and a
 * session keeps its UID when others are added on other days, when one of another name is
 * added on its day, and when the plan's start date moves. A rest day's note has one of the
 * plan's name, the week number and the day. docs/ical.md gives the rule.
 */
import { hash } from 'node:crypto';
import type { Plan, PlanDay, PlanSession } from '../plan/model.js';

/** UIDs by session key. */
export function sessionUids(plan: Plan): Map<string, string> {
    const uids = new Map<string, string>();
    const ordinals = new Map<string, number>();
    // JSON.stringify(['stride-session', plan.name, place, ordinal]), its start written once.
    const prefix = `${JSON.stringify(['stride-session', plan.name]).slice(0, -1)},`;
    for (const week of plan.weeks) {
        for (const day of week.days) {
            for (const session of day.sessions) {
                const place = JSON.stringify([week.number, dayLabel(day), sessionIdentity(session)]);
                const ordinal = (ordinals.get(place) ?? 0) + 1;
                ordinals.set(place, ordinal);
                uids.set(session.key, nameBasedUuid(`${prefix}${JSON.stringify(place)},${ordinal}]`));
            }
        }
    }
    return uids;
}

/** The UID of the note on a rest day: one a day at most. */
export function restDayUid(plan: Plan, weekNumber: number, day: PlanDay): string {
    return nameBasedUuid(JSON.stringify(['stride-rest-day', plan.name, weekNumber, dayLabel(day)]));
}

function dayLabel(day: PlanDay): string {
    return day.weekday ?? day.date ?? '';
}

/** The named session it uses, else its title or kind: what the athlete would call it. */
function sessionIdentity(session: PlanSession): string {
    return session.template ?? session.name;
}

function nameBasedUuid(name: string): string {
    // The first 16 bytes of the digest as 32 hex digits: digit 12 is the version (8), the top
    // two bits of digit 16 the variant (10).
    const hex = hash('sha256', name, 'hex');
    const variant = ((Number.parseInt(hex[16], 16) & 0x3) | 0x8).toString(16);
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
