import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { FIRST_DATE, LAST_DATE, daysBetween, isValidDate } from '../../plan/dates.js';
import { timeOfDay } from '../../plan/units.js';
import { isKnownTimeZone, unknownTimeZoneMessage } from '../../plan/time-zones.js';
import type { Day, PlanFile, RaceSetting, SessionUse, StartSetting, TimezoneSetting, Week } from '../generated/ast.js';
import type { PlanProvider } from '../plan-provider.js';
import type { StrideServices } from '../stride-module.js';
import { IssueCodes } from './issue-codes.js';

/** That every date, time and time zone a plan writes or implies is a real one, and where it belongs. */
export class DatesValidator {
    private readonly plans: PlanProvider;

    constructor(services: StrideServices) {
        this.plans = services.plan.PlanProvider;
    }

    /** `start` and `race` take a real calendar date, and only one of them counts. */
    checkSettingDate(setting: StartSetting | RaceSetting, accept: ValidationAcceptor): void {
        if (setting.date && !isValidDate(setting.date)) {
            accept('error', dateProblem(setting.date), { node: setting, property: 'date', code: IssueCodes.ImpossibleDate });
        }
        const settings = setting.$container.settings;
        if (setting.$type === 'RaceSetting' && settings.some(other => other.$type === 'StartSetting')) {
            accept('warning', 'the plan has a start date and a race date: weeks are dated from the start', {
                node: setting, keyword: 'race', code: IssueCodes.StartAndRace,
            });
        }
    }

    /** A day given by date has a real date. */
    checkDayDate(day: Day, accept: ValidationAcceptor): void {
        if (day.date && !isValidDate(day.date)) {
            accept('error', dateProblem(day.date), { node: day, property: 'date', code: IssueCodes.ImpossibleDate });
        }
    }

    /** A day given by its date falls within its week. */
    checkDatesInWeek(week: Week, accept: ValidationAcceptor): void {
        const dated = this.plans.sourceOf(AstUtils.getDocument(week)).weeksOf(week)[0];
        if (!dated?.startDate || !dated.endDate) return;
        for (const day of week.days) {
            if (!day.date || !isValidDate(day.date)) continue;
            const offset = daysBetween(dated.startDate, day.date);
            if (offset !== null && (offset < 0 || offset > 6)) {
                accept('warning', `${day.date} is not in week ${week.name} (${dated.startDate} to ${dated.endDate})`, {
                    node: day, property: 'date', code: IssueCodes.DateOutsideWeek,
                });
            }
        }
    }

    /** A dated plan's weeks fall between FIRST_DATE and LAST_DATE. */
    checkWeeksDated(file: PlanFile, accept: ValidationAcceptor): void {
        const plan = this.plans.planOf(AstUtils.getDocument(file));
        const undated = plan.weeks.find(week => week.endDate === null);
        if ((plan.start === null && plan.race === null) || !undated) return;
        // Weeks count forwards from a start date, and backwards from a race.
        const message = undated.startDate === null && plan.start === null
            ? `week ${undated.number} would start before ${FIRST_DATE}, the first date a plan can use`
            : `week ${undated.number} would end after ${LAST_DATE}, the last date a plan can use`;
        accept('error', message, { node: file, range: undated.source, code: IssueCodes.ImpossibleDate });
    }

    /** The plan's time zone is one a calendar export can write: an IANA name. */
    checkTimeZone(setting: TimezoneSetting, accept: ValidationAcceptor): void {
        if (setting.zone !== undefined && !isKnownTimeZone(setting.zone)) {
            accept('error', unknownTimeZoneMessage(setting.zone), { node: setting, property: 'zone', code: IssueCodes.UnknownTimeZone });
        }
    }

    /** A session's time of day is a real clock time. */
    checkSessionTime(session: SessionUse, accept: ValidationAcceptor): void {
        if (session.time && timeOfDay(session.time) === null) {
            accept('error', `${session.time} is not a time of day (00:00 to 23:59)`, { node: session, property: 'time', code: IssueCodes.BadTime });
        }
    }
}

/** Why a written date cannot be used: it is no date at all, or one before FIRST_DATE. */
function dateProblem(date: string): string {
    // `YYYY-MM-DD` strings sort as their dates do.
    return date < FIRST_DATE
        ? `${date} is before ${FIRST_DATE}, the first date a plan can use`
        : `${date} is not a date`;
}
