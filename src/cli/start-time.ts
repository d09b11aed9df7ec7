/** `--start-time tue=07:00`, read as Commander reads an option: repeated into one record, a clear error when it is not a weekday and a time. */
import { InvalidArgumentError } from 'commander';
import { WEEKDAYS, type Weekday } from '../plan/model.js';
import { timeOfDay } from '../plan/units.js';

/** Collects repeated `--start-time tue=07:00` options into one record. */
export function collectStartTime(value: string, times: Partial<Record<Weekday, string>>): Partial<Record<Weekday, string>> {
    const [weekday, clock = ''] = value.split('=', 2);
    if (!isWeekday(weekday)) {
        throw new InvalidArgumentError(`Write a weekday and a time, like tue=07:00 (weekdays: ${WEEKDAYS.join(', ')}).`);
    }
    const time = timeOfDay(clock);
    if (time === null) {
        throw new InvalidArgumentError(`${clock || 'Nothing'} is not a time of day (00:00 to 23:59).`);
    }
    return { ...times, [weekday]: time };
}

function isWeekday(text: string): text is Weekday {
    return (WEEKDAYS as readonly string[]).includes(text);
}
