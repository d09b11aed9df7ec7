/**
 * The words the editor shows for drills, weeks and sessions: one place, so that a hover, a
 * completion item and an inlay hint say the same thing in the same way.
 */
import type { Drill } from '../../drills/index.js';
import { DRILL_FACT_LABELS, drillFacts } from '../../plan/drill-facts.js';
import { formatChange, formatDistance, formatLoad, formatMinutes, type DistanceUnits } from '../../plan/format.js';
import type { Figures, PlanWeek } from '../../plan/model.js';

/**
 * Plan text as Markdown that shows it as written: its link, image, HTML, code and emphasis
 * characters escaped, so that a plan someone sent cannot put a link or a remote image (a
 * network request) into a hover.
 */
export function markdownText(text: string): string {
    return text.replace(/[\\`*_[\]<>#!|~]/g, '\\$&');
}

/** `Sprint drill`, `Plyometric`: a drill's kind as a heading word. */
export function kindLabel(kind: Drill['kind']): string {
    const words = kind.replace('-', ' ');
    return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * What a drill is and the numbers it is counted by, as Markdown: the hover of a drill and the
 * documentation of its completion item, the same facts docs/drills.md lists (src/plan/drill-facts.ts).
 */
export function drillMarkdown(drill: Drill): string {
    const facts = drillFacts(drill);
    const labels = DRILL_FACT_LABELS;
    const shownId = drill.title.toLowerCase().replace(/\s+/g, '-') === drill.id ? '' : ` (\`${drill.id}\`)`;
    const lines = [`**${markdownText(drill.title)}**${shownId} · kind ${drill.kind.replace('-', ' ')}`];
    if (drill.description) {
        lines.push(markdownText(drill.description));
    }
    const written = [`${capitalised(labels.measures)} ${facts.measures}`];
    if (facts.oneSide) written.push('one side at a time: `each-leg` doubles the reps');
    if (facts.runIn !== null) written.push(`${labels.runIn}: ${facts.runIn} before the timed part`);
    lines.push(written.join(' · '));
    const numbers = [
        facts.rep === null ? null : `${labels.rep}: ${facts.rep}`,
        facts.speed === null ? null : `${labels.speed}: ${facts.speed}`,
        facts.contacts === null ? null : `${labels.contacts}: ${facts.contacts} (${facts.tier} tier)`,
        `${labels.effort}: ${facts.effort}`,
        `${labels.rest}: ${facts.rest}`,
    ].filter((part): part is string => part !== null);
    lines.push(capitalised(numbers.join(' · ')));
    if (drill.aliases.length > 0) {
        lines.push(`Also written ${drill.aliases.map(alias => `\`${alias}\``).join(', ')}`);
    }
    return lines.join('\n\n');
}

function capitalised(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `45 min · 180 AU`: the size of a session. */
export function sessionFiguresLabel(figures: Figures): string {
    return `${formatMinutes(figures.minutes)} · ${formatLoad(figures.load)}`;
}

/** `48.0 km · 5:10 h · 1320 AU · +5%`: a week's totals and its change in distance on the week before. */
export function weekFiguresLabel(week: PlanWeek, units: DistanceUnits): string {
    const parts = [formatDistance(week.totals.distanceM, units), formatMinutes(week.totals.minutes), formatLoad(week.totals.load)];
    if (week.totals.distanceChange !== null) {
        parts.push(formatChange(week.totals.distanceChange));
    }
    return parts.join(' · ');
}

/** A week's totals as Markdown lines: the hover of a week header or of a reference to it. */
export function weekMarkdown(week: PlanWeek, units: DistanceUnits): string {
    const title = week.title === null ? `**Week ${week.number}**` : `**Week ${week.number}: ${markdownText(week.title)}**`;
    const dates = week.startDate !== null && week.endDate !== null ? ` · ${week.startDate} to ${week.endDate}` : '';
    const change = week.totals.distanceChange === null ? '' : ` (${formatChange(week.totals.distanceChange)} on week ${week.number - 1})`;
    const sessions = `${week.totals.sessions} session${week.totals.sessions === 1 ? '' : 's'}, ${week.totals.hardSessions} hard`;
    return [
        `${title}${dates}`,
        `Distance ${formatDistance(week.totals.distanceM, units)}${change}`,
        `Time ${formatMinutes(week.totals.minutes)} · load ${formatLoad(week.totals.load)} · ${sessions}`,
    ].join('\n\n');
}
