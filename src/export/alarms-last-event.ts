/**
 * An event that writes its VALARM after its other properties. ical-generator writes it before
 * CATEGORIES, STATUS, X- properties and LAST-MODIFIED, and Outlook 365 refuses an event
 * whose properties come after a VALARM. The event's own text is reordered before the
 * calendar folds its lines, so each property is still one line: escaping keeps
 * `BEGIN:VALARM` from starting a line of text.
 */
import { ICalEvent } from 'ical-generator';

// Searched with the line break before them, so that only whole lines match.
const ALARM_BEGIN = '\r\nBEGIN:VALARM\r\n';
const ALARM_END = '\r\nEND:VALARM\r\n';
const EVENT_END = 'END:VEVENT\r\n';
const LINE_BREAK_LENGTH = 2;

export class AlarmsLastEvent extends ICalEvent {
    override toString(): string {
        const text = super.toString();
        const begin = text.indexOf(ALARM_BEGIN);
        if (begin === -1) {
            return text;
        }
        // From the first alarm's BEGIN line to the last one's END line.
        const alarmsStart = begin + LINE_BREAK_LENGTH;
        const alarmsEnd = text.lastIndexOf(ALARM_END) + ALARM_END.length;
        const eventEnd = text.length - EVENT_END.length;
        return text.slice(0, alarmsStart) + text.slice(alarmsEnd, eventEnd) + text.slice(alarmsStart, alarmsEnd) + EVENT_END;
    }
}
