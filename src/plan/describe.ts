/**
 * A session in words: its name with the numbers that size it, what it is in a few words
 * (`8 km easy`, `4 x 60 m sprint @95%`), and every item spelled out the way an athlete reads a
 * training sheet, as text (the calendar export) or as a structure (the preview styles it).
 */
import {
    formatDistance, formatLoad, formatMass, formatMinutes, formatPace, formatRepDistance, formatSeconds, formatShare, formatSpeed,
    formatFineSeconds, type DistanceUnits,
} from './format.js';
import type { Intensity, Phase, Plan, PlanGroup, PlanItem, PlanRepPhase, PlanSession, PlanStep } from './model.js';

const PHASE_HEADINGS: Readonly<Record<Phase, string>> = { warmup: 'Warm-up', main: 'Main', cooldown: 'Cool-down' };

/** `Speed day (55 min, 1.2 km)`: the name, the time it takes and any running distance. */
export function sessionHeadline(session: PlanSession, units: DistanceUnits): string {
    const numbers = [formatMinutes(session.minutes)];
    if (session.distanceM > 0) {
        numbers.push(formatDistance(session.distanceM, units));
    }
    return `${session.name} (${numbers.join(', ')})`;
}

/** What a session is called where space is short: its written name, or its main set (`8 km easy`); and the main set under a written name. */
export interface SessionTitle {
    readonly title: string;
    readonly mainSet: string | null;
}

/** Sessions with no written name are named by their main set; so are the cards and lists that have room for a few words. */
export function sessionTitle(session: PlanSession, units: DistanceUnits): SessionTitle {
    const items = sessionItems(session);
    const main = items.filter(item => item.type !== 'note' && item.phase === 'main');
    const shown = (main.length > 0 ? main : items).flatMap(item => compactItems(item, units));
    const mainSet = shown.length === 0 ? null
        : shown.length <= MAIN_SET_PARTS ? shown.join(' + ')
            : `${shown.slice(0, MAIN_SET_PARTS).join(' + ')} + ${shown.length - MAIN_SET_PARTS} more`;
    if (session.title === null) {
        return { title: mainSet ?? session.name, mainSet: null };
    }
    return { title: session.title, mainSet };
}

/** How many items a main set names before it counts the rest. */
const MAIN_SET_PARTS = 2;

/** The few words of an item: `4 x 60 m sprint @95%`, `3 x 4 x 30 m sprint`, `2 rounds: 10 pogo jump, 8 bound`; none for a note. */
function compactItems(item: PlanItem, units: DistanceUnits): string[] {
    switch (item.type) {
        case 'note':
            return [];
        case 'step':
            return [compactStep(item, units)];
        case 'group': {
            const inner = item.items.flatMap(part => compactItems(part, units));
            if (item.durationS === null && (item.rounds === 1 || inner.length === 0)) {
                return inner;
            }
            if (item.durationS === null && inner.length === 1) {
                return [`${item.rounds} x ${inner[0]}`];
            }
            const duration = item.durationS === null ? '' : formatSeconds(item.durationS);
            const head = item.rounds === 1 ? duration : `${item.rounds} rounds${duration && ` of ${duration}`}`;
            const listed = inner.length <= MAIN_SET_PARTS ? inner.join(', ') : `${inner.slice(0, MAIN_SET_PARTS).join(', ')} +${inner.length - MAIN_SET_PARTS}`;
            return [listed === '' ? head : `${head}: ${listed}`];
        }
    }
}

/** The drills a session of no particular drill is done with, which the session's kind already says. */
const GENERIC_DRILLS: ReadonlySet<string> = new Set(['run', 'cross-training']);

/** `8 km easy`, `4 x 60 m sprint @95%`, `4 x 60 m sprint in 7.7 s`, `3 x 5 back squat @80%`, `hip flexors`. */
function compactStep(step: PlanStep, units: DistanceUnits): string {
    const amount = describeAmount(step, units).replace(/\.0(?= (km|mi) )/g, '');
    const drill = GENERIC_DRILLS.has(step.drill.id) ? null : lowerInitial(step.drill.title);
    const intensity = step.intensity === null ? null : compactIntensity(step.intensity, drill, units);
    const target = step.targetS === null || step.phases !== null ? null : `in ${formatFineSeconds(step.targetS)}`;
    return [amount.trim(), drill, intensity, target].filter(part => part !== null && part !== '').join(' ');
}

/**
 * An intensity as a coach writes it beside a distance: a named pace as a word after a plain
 * distance (`8 km easy`), else as the plan writes it (`@threshold`, `@95%`, `@4:20/km`, `@RPE7`);
 * none when the drill already says it (`8 km easy run`).
 */
function compactIntensity(intensity: Intensity, drill: string | null, units: DistanceUnits): string | null {
    switch (intensity.type) {
        case 'pace':
            if (intensity.name === null) return `@${formatPace(intensity.secondsPerKm, units)}`;
            if (drill?.toLowerCase().split(/[\s-]/).includes(intensity.name.toLowerCase())) return null;
            return drill === null && /^[a-z]/i.test(intensity.name) ? intensity.name : `@${intensity.name}`;
        case 'percent': return `@${intensity.percent}%`;
        case 'load': return `@${formatMass(intensity.kg)}`;
        case 'rpe': return `@RPE${intensity.rpe}`;
        case 'zone': return `@Z${intensity.zone}`;
        case 'max': return '@max';
    }
}

/** `Sprint` reads `sprint` inside a phrase; `A-skip` and `1RM` stay as they are. */
function lowerInitial(title: string): string {
    return /^[A-Z][a-z]/.test(title) ? title[0].toLowerCase() + title.slice(1) : title;
}

/** A session's items under their phase's heading (none when the session has neither warm-up nor cool-down). */
export interface OutlineSection {
    readonly heading: string | null;
    readonly items: readonly OutlineItem[];
}

export type OutlineItem =
    /** `work` is the step without its rest (`4 x 60 m Sprint at 95% of max speed`); `rest` is `3 min`. */
    | { readonly type: 'step'; readonly work: string; readonly rest: string | null; readonly note: string | null }
    /** Rounds or a timed block: `heading` as describeGroupHeading writes it, the items done each round under it. */
    | { readonly type: 'rounds'; readonly heading: string; readonly items: readonly OutlineItem[] }
    | { readonly type: 'note'; readonly text: string };

/** The session's items as a structure: sections by phase, rounds with their items inside, rests apart from the work. */
export function sessionOutline(session: PlanSession, units: DistanceUnits): OutlineSection[] {
    const sections: Array<{ heading: string | null; items: OutlineItem[] }> = [];
    const items = sessionItems(session);
    const phased = items.some(item => item.type !== 'note' && item.phase !== 'main');
    let phase: Phase | null = null;
    for (const item of items) {
        // A note belongs to the items around it, so it never opens a section of its own.
        const itemPhase: Phase = item.type === 'note' ? phase ?? 'main' : item.phase;
        if (sections.length === 0 || (phased && itemPhase !== phase)) {
            sections.push({ heading: phased ? PHASE_HEADINGS[itemPhase] : null, items: [] });
        }
        phase = itemPhase;
        sections[sections.length - 1].items.push(...outlineItems(item, units));
    }
    return sections;
}

/**
 * A session's items, those of a block around all of them (`run "Tempo" { warmup ... }`)
 * taken out of it: such a block only groups them, so its warm-up and cool-down are the session's.
 */
function sessionItems(session: PlanSession): readonly PlanItem[] {
    const [only] = session.items;
    return session.items.length === 1 && only.type === 'group' && isPlainBlock(only) ? only.items : session.items;
}

/** A block done once, in no set time and with no note: braces around its items and nothing more. */
function isPlainBlock(group: PlanGroup): boolean {
    return group.rounds === 1 && group.durationS === null && group.note === null;
}

/** An item as outline entries: a block done once that only groups its items gives them, and its note, in its place. */
function outlineItems(item: PlanItem, units: DistanceUnits): OutlineItem[] {
    switch (item.type) {
        case 'step':
            return [{ type: 'step', work: describeWork(item, units), rest: item.restUsedS > 0 ? describeRest(item, units) : null, note: item.note }];
        case 'note':
            return [{ type: 'note', text: item.text }];
        case 'group': {
            const inner = item.items.flatMap(part => outlineItems(part, units));
            const heading = describeGroupHeading(item);
            if (heading === null) {
                return item.note === null ? inner : [...inner, { type: 'note', text: item.note }];
            }
            return [{ type: 'rounds', heading, items: inner }];
        }
    }
}

/**
 * The whole session, one item a line (`- ...`, nested rounds indented), under `Warm-up:`,
 * `Main:` and `Cool-down:` headings when it has a warm-up or a cool-down, then its estimate.
 */
export function describeSession(session: PlanSession, units: DistanceUnits): string {
    const lines: string[] = [];
    for (const section of sessionOutline(session, units)) {
        if (section.heading !== null) {
            lines.push(`${section.heading}:`);
        }
        section.items.forEach(item => outlineLines(item, lines, ''));
    }
    lines.push('', describeEstimate(session, units));
    if (session.hardReasons.length > 0) {
        lines.push(`Hard session: ${session.hardReasons.join(', ')}`);
    }
    return lines.join('\n');
}

/** `Estimated 55 min, 1.2 km, load 240 AU`. */
function describeEstimate(session: PlanSession, units: DistanceUnits): string {
    const numbers = [formatMinutes(session.minutes)];
    if (session.distanceM > 0) {
        numbers.push(formatDistance(session.distanceM, units));
    }
    numbers.push(`load ${formatLoad(session.load)}`);
    return `Estimated ${numbers.join(', ')}`;
}

/** An outline entry as bullet lines added to `lines`, each after `indent`; rounds are a heading with their items indented under it. */
function outlineLines(item: OutlineItem, lines: string[], indent: string): void {
    switch (item.type) {
        case 'step':
            lines.push(`${indent}- ${stepText(item)}`);
            return;
        case 'note':
            lines.push(`${indent}- Note: ${item.text}`);
            return;
        case 'rounds':
            lines.push(`${indent}- ${item.heading}:`);
            item.items.forEach(inner => outlineLines(inner, lines, `${indent}  `));
    }
}

function stepText(step: Extract<OutlineItem, { type: 'step' }>): string {
    const text = step.rest === null ? step.work : `${step.work}, rest ${step.rest}`;
    return step.note === null ? text : `${text} (${step.note})`;
}

/** `3 rounds of 20 min, rest 2 min between (note)`, `20 min`; null for a block done once that only groups its items. */
export function describeGroupHeading(group: PlanGroup): string | null {
    if (group.rounds === 1 && group.durationS === null) {
        return null;
    }
    const duration = group.durationS === null ? '' : formatSeconds(group.durationS);
    let heading = group.rounds === 1 ? duration : `${group.rounds} rounds${duration && ` of ${duration}`}`;
    if (group.rounds > 1 && group.restUsedS > 0) {
        heading += `, rest ${describeRest(group)} between`;
    }
    return group.note === null ? heading : `${heading} (${group.note})`;
}

/**
 * What a step asks for, without its rest and note: `4 x 60 m Sprint at 95% of max speed`, `Glute stretch`,
 * `4 x 60 m Sprint in 7.7 s (7.79 m/s, 95% of max speed)`, `3 x In-and-out (20 m at 95% of max speed, 20 m at 80% ...)`.
 */
function describeWork(step: PlanStep, units: DistanceUnits): string {
    let text = `${describeAmount(step, units)}${step.drill.title}`;
    if (step.phases !== null) {
        text += ` (${step.phases.map(phase => describePhase(phase, step.drill.kind, units)).join(', ')})`;
    }
    if (step.eachSide) {
        text += ' each side';
    }
    if (step.intensity !== null && step.phases === null) {
        text += ` ${describeIntensity(step.intensity, step.drill.kind, units)}`;
    }
    if (step.targetS !== null && step.phases === null) {
        text += ` ${describeTarget(step.targetS, step)}`;
    }
    if (step.tempo !== null) {
        text += `, tempo ${step.tempo.join('-')}`;
    }
    return text;
}

/** `3 min`, `90 s walk`, `200 m jog (1:18 min)`: the rest an item takes, and how it is spent when it is a recovery run. */
export function describeRest(item: Pick<PlanStep, 'restS' | 'recovery' | 'restUsedS'>, units: DistanceUnits = 'km'): string {
    const { recovery } = item;
    if (recovery === null) {
        return formatSeconds(item.restUsedS);
    }
    const activity = recovery.drill.id;
    return recovery.distanceM === null
        ? `${formatSeconds(item.restUsedS)} ${activity}`
        : `${formatRepDistance(recovery.distanceM, units)} ${activity} (${formatSeconds(item.restUsedS)})`;
}

/** `20 m at 95% of max speed`, `20 m in 2.4 s (8.33 m/s, 83% of max speed)`: a phase of a rep. */
function describePhase(phase: PlanRepPhase, drillKind: PlanStep['drill']['kind'], units: DistanceUnits): string {
    const amount = phase.distanceM !== null ? formatRepDistance(phase.distanceM, units) : formatSeconds(phase.durationS ?? 0);
    if (phase.targetS !== null) {
        return `${amount} ${describeTarget(phase.targetS, phase)}`;
    }
    return phase.intensity === null ? amount : `${amount} ${describeIntensity(phase.intensity, drillKind, units)}`;
}

/** `in 7.7 s (7.79 m/s, 95% of max speed)`: a target time and the speed it sets. */
function describeTarget(targetS: number, rep: Pick<PlanStep, 'speed' | 'speedFraction'>): string {
    const speed = rep.speed === null ? '' : formatSpeed(rep.speed);
    const share = rep.speedFraction === null ? '' : `${formatShare(rep.speedFraction)} of max speed`;
    const said = [speed, share].filter(Boolean).join(', ');
    return `in ${formatFineSeconds(targetS)}${said ? ` (${said})` : ''}`;
}

/**
 * What a step's effort means for this athlete, as a hover says it: `7.79 m/s (95% of max speed):
 * 60 m in 7.70 s, RPE 9`, `5:40/km, RPE 3`, `113 kg (70% of 161 kg), RPE 6`, `8 s a rep, RPE 6`.
 */
export function describeEffort(step: PlanStep, plan: Pick<Plan, 'oneRepMaxKg' | 'units'>): string {
    const parts: string[] = [];
    if (step.phases !== null) {
        parts.push(step.phases.map(phase => describeRepSpeed(phase, plan.units)).join('; '));
    } else if (step.speed !== null) {
        parts.push(describeRepSpeed(step, plan.units));
    }
    const oneRepMax = plan.oneRepMaxKg[step.drill.id];
    const percent = step.intensity?.type === 'percent' ? step.intensity.percent : step.intensity?.type === 'load' && oneRepMax ? 100 * step.intensity.kg / oneRepMax : null;
    if (step.drill.kind === 'strength' && oneRepMax && percent !== null) {
        parts.push(`${formatMass(oneRepMax * percent / 100)} (${Math.round(percent)}% of ${formatMass(oneRepMax)})`);
    }
    if (step.tempo !== null) {
        parts.push(`${step.tempo.reduce((sum, seconds) => sum + seconds, 0)} s a rep (tempo ${step.tempo.join('-')})`);
    }
    parts.push(`RPE ${step.rpe}`);
    return parts.filter(part => part !== '').join(', ');
}

/** `7.79 m/s (95% of max speed): 60 m in 7.70 s`, `2.78 m/s (6:00/km)`: how fast a rep or a phase goes. */
function describeRepSpeed(rep: Pick<PlanRepPhase, 'speed' | 'speedFraction' | 'rpe'> & { readonly repDistanceM?: number | null; readonly distanceM?: number | null }, units: DistanceUnits): string {
    if (rep.speed === null) {
        return '';
    }
    const how = rep.speedFraction !== null ? `${formatShare(rep.speedFraction)} of max speed` : formatPace(1000 / rep.speed, units);
    const metres = rep.repDistanceM ?? rep.distanceM ?? null;
    const time = metres === null ? '' : `: ${formatRepDistance(metres, units)} in ${(metres / rep.speed).toFixed(2)} s`;
    return `${formatSpeed(rep.speed)} (${how})${time}`;
}

/** The numbers before the drill's name, with a trailing space: `3 x 4 x 30 m `, `4 x 60 m `, `3 x 8 `, `10 `, or none. */
function describeAmount(step: PlanStep, units: DistanceUnits): string {
    const perRep = step.repDistanceM !== null ? formatRepDistance(step.repDistanceM, units)
        : step.repDurationS !== null ? formatSeconds(step.repDurationS)
            : null;
    if (perRep === null && step.phases !== null) {
        // A rep in phases: the phases say what a rep is.
        return step.sets * step.reps > 1 ? `${step.sets * step.reps} x ` : '';
    }
    if (perRep === null) {
        // Counted work: `3 x 8` is three sets of eight; a drill written alone is done once.
        return step.sets > 1 ? `${step.sets} x ${step.reps} ` : step.reps > 1 ? `${step.reps} ` : '';
    }
    if (step.sets > 1 && step.reps > 1) {
        return `${step.sets} x ${step.reps} x ${perRep} `;
    }
    const reps = step.sets * step.reps;
    return reps > 1 ? `${reps} x ${perRep} ` : `${perRep} `;
}

/** `at easy pace (5:40/km)`, `at 4:20/km`, `at 80% of 1RM`, `at 95% of max speed`, `with 100 kg`, `at RPE 7`, `in zone 2`, `at max effort`. */
export function describeIntensity(intensity: Intensity, drillKind: PlanStep['drill']['kind'], units: DistanceUnits): string {
    switch (intensity.type) {
        case 'pace': {
            const pace = formatPace(intensity.secondsPerKm, units);
            return intensity.name === null ? `at ${pace}` : `at ${intensity.name} pace (${pace})`;
        }
        // As the estimate reads it: a share of 1RM for lifts, of max speed for everything else.
        case 'percent': return `at ${intensity.percent}% of ${drillKind === 'strength' ? '1RM' : 'max speed'}`;
        case 'load': return `with ${formatMass(intensity.kg)}`;
        case 'rpe': return `at RPE ${intensity.rpe}`;
        case 'zone': return `in zone ${intensity.zone}`;
        case 'max': return 'at max effort';
    }
}
