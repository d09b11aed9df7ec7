/**
 * The load charts, drawn with Chart.js in the editor theme's chart colours: daily load as bars
 * with the acute and chronic load lines, the ACWR on its own axis with its band and warning
 * line; and the running distance of each week, the weeks with a warning marked.
 */
import {
    BarController, BarElement, CategoryScale, Chart, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip,
    type ChartDataset, type TooltipItem,
} from 'chart.js';
import { color } from 'chart.js/helpers';
import { formatChange, formatDistance, formatLoad, formatRatio } from '../../plan/format.js';
import { METRES_PER_UNIT } from '../../plan/units.js';
import type { PreviewDayLoad, PreviewModel } from '../model.js';
import { dateRange, dayMonth, WEEKDAY_LABELS } from './labels.js';

Chart.register(BarController, BarElement, CategoryScale, Filler, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip);

/** The theme's colours, read from the `--vscode-*` variables VS Code sets (or the standalone page's palette). */
interface Palette {
    readonly foreground: string;
    readonly grid: string;
    readonly load: string;
    readonly acute: string;
    readonly chronic: string;
    readonly ratio: string;
    readonly band: string;
    readonly warning: string;
    readonly distance: string;
    readonly font: string;
}

function themeVariable(name: string, fallback: string): string {
    return getComputedStyle(document.documentElement).getPropertyValue(name).trim() || fallback;
}

function palette(): Palette {
    const foreground = themeVariable('--vscode-editor-foreground', '#616161');
    return {
        foreground,
        grid: color(themeVariable('--vscode-charts-lines', foreground)).alpha(0.25).rgbString(),
        load: color(themeVariable('--vscode-charts-blue', '#1a85ff')).alpha(0.7).rgbString(),
        acute: themeVariable('--vscode-charts-orange', '#d18616'),
        chronic: themeVariable('--vscode-charts-purple', '#652d90'),
        ratio: foreground,
        band: color(themeVariable('--vscode-charts-green', '#388a34')).alpha(0.18).rgbString(),
        warning: themeVariable('--vscode-charts-red', '#e51400'),
        distance: color(themeVariable('--vscode-charts-green', '#388a34')).alpha(0.75).rgbString(),
        font: themeVariable('--vscode-font-family', 'system-ui, sans-serif'),
    };
}

function dayLabel(day: PreviewDayLoad): string {
    return day.date === null ? `W${day.week} ${WEEKDAY_LABELS[day.weekday]}` : dayMonth(day.date);
}

/** A line without points, drawn over the bars. */
function line(label: string, data: ReadonlyArray<number | null>, colour: string, axis: 'load' | 'ratio'): ChartDataset<'line', Array<number | null>> {
    return {
        type: 'line', label, data: [...data], yAxisID: axis, order: 0,
        borderColor: colour, backgroundColor: colour, borderWidth: 2, pointRadius: 0, pointStyle: 'line',
    };
}

function commonOptions(colours: Palette) {
    return {
        responsive: true,
        maintainAspectRatio: false,
        animation: false as const,
        color: colours.foreground,
        font: { family: colours.font },
        interaction: { mode: 'index' as const, intersect: false },
    };
}

/** Daily load with acute and chronic load, and the ACWR against its band and warning line. */
function loadChart(canvas: HTMLCanvasElement, model: PreviewModel, colours: Palette): Chart {
    const { days, acwr } = model;
    const constant = (value: number) => days.map(() => value);
    const datasets: Array<ChartDataset<'bar' | 'line', Array<number | null>>> = [
        line('Acute load (7-day)', days.map(day => day.acute), colours.acute, 'load'),
        line('Chronic load (28-day)', days.map(day => day.chronic), colours.chronic, 'load'),
        line('ACWR', days.map(day => day.ratio), colours.ratio, 'ratio'),
        // The band is the area between two flat lines; its lower edge has no legend entry of its own.
        { ...line('', constant(acwr.bandLow), 'transparent', 'ratio'), borderWidth: 0 },
        {
            ...line(`ACWR ${acwr.bandLow}–${acwr.bandHigh}`, constant(acwr.bandHigh), 'transparent', 'ratio'),
            borderWidth: 0, fill: '-1', backgroundColor: colours.band, pointStyle: 'rect', order: 2,
        },
        { ...line(`ACWR ${acwr.warning}`, constant(acwr.warning), colours.warning, 'ratio'), borderWidth: 1.5, borderDash: [6, 4] },
        { type: 'bar', label: 'Daily load', data: days.map(day => day.load), backgroundColor: colours.load, yAxisID: 'load', order: 1, pointStyle: 'rect' },
    ];
    const highestRatio = Math.max(acwr.warning, ...days.map(day => day.ratio ?? 0));
    return new Chart<'bar' | 'line', Array<number | null>, string>(canvas, {
        type: 'bar',
        data: { labels: days.map(dayLabel), datasets },
        options: {
            ...commonOptions(colours),
            plugins: {
                legend: { labels: { color: colours.foreground, usePointStyle: true, filter: item => item.text !== '' } },
                tooltip: {
                    filter: item => item.dataset.label !== '' && !item.dataset.label?.startsWith('ACWR '),
                    callbacks: {
                        label: (item: TooltipItem<'bar' | 'line'>) => item.dataset.yAxisID === 'ratio'
                            ? `${item.dataset.label}: ${formatRatio(item.parsed.y ?? 0)}`
                            : `${item.dataset.label}: ${formatLoad(item.parsed.y ?? 0)}${item.dataset.type === 'line' ? ' a day' : ''}`,
                    },
                },
            },
            scales: {
                x: { ticks: { color: colours.foreground, maxRotation: 0, autoSkipPadding: 12 }, grid: { display: false } },
                load: {
                    position: 'left', beginAtZero: true,
                    title: { display: true, text: 'Load (AU)', color: colours.foreground },
                    ticks: { color: colours.foreground }, grid: { color: colours.grid },
                },
                ratio: {
                    position: 'right', min: 0, suggestedMax: Math.ceil((highestRatio + 0.1) * 10) / 10,
                    title: { display: true, text: 'ACWR', color: colours.foreground },
                    ticks: { color: colours.foreground }, grid: { drawOnChartArea: false },
                },
            },
        },
    });
}

/** Running distance week by week, in the plan's units, each week under its number and first day; the weeks with a warning in the warning colour. */
function distanceChart(canvas: HTMLCanvasElement, model: PreviewModel, colours: Palette): Chart {
    const { weeks, units } = model;
    const warnings = weeks.map(week => week.findings.filter(finding => finding.severity === 'warning'));
    return new Chart(canvas, {
        type: 'bar',
        data: {
            labels: weeks.map(week => week.startDate === null ? `W${week.number}` : [`W${week.number}`, dayMonth(week.startDate)]),
            datasets: [{
                label: `Weekly distance (${units})`,
                data: weeks.map(week => week.totals.distanceM / METRES_PER_UNIT[units]),
                backgroundColor: warnings.map(found => found.length > 0 ? colours.warning : colours.distance),
            }],
        },
        options: {
            ...commonOptions(colours),
            plugins: {
                legend: { display: false },
                tooltip: {
                    callbacks: {
                        title: (items: Array<TooltipItem<'bar'>>) => {
                            const week = weeks[items[0].dataIndex];
                            return week.startDate && week.endDate ? `Week ${week.number}, ${dateRange(week.startDate, week.endDate)}` : `Week ${week.number}`;
                        },
                        label: (item: TooltipItem<'bar'>) => {
                            const { totals } = weeks[item.dataIndex];
                            const change = totals.distanceChange === null ? '' : ` (${formatChange(totals.distanceChange)})`;
                            return `${formatDistance(totals.distanceM, units)}${change}`;
                        },
                        afterBody: (items: Array<TooltipItem<'bar'>>) => warnings[items[0].dataIndex].map(finding => `Warning: ${finding.message}`),
                    },
                },
            },
            scales: {
                x: { ticks: { color: colours.foreground, maxRotation: 0, autoSkipPadding: 8 }, grid: { display: false } },
                y: {
                    beginAtZero: true,
                    title: { display: true, text: units, color: colours.foreground },
                    ticks: { color: colours.foreground }, grid: { color: colours.grid },
                },
            },
        },
    });
}

/** Draws both charts into their canvases; returns them so they can be destroyed before the next drawing. */
export function drawCharts(model: PreviewModel, loadCanvas: HTMLCanvasElement, distanceCanvas: HTMLCanvasElement): Chart[] {
    const colours = palette();
    return [loadChart(loadCanvas, model, colours), distanceChart(distanceCanvas, model, colours)];
}
