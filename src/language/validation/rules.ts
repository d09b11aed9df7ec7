import type { LangiumDocument, ValidationAcceptor } from 'langium';
import { AstUtils, Cancellation, DocumentState, interruptAndCheck } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Plan } from '../../plan/model.js';
import type { Finding } from '../../rules/finding.js';
import { enabledRules } from '../../rules/index.js';
import {
    RULE_IDS, applyPlanLimits, isRuleId, limitProblems, thresholdsFromSettings, type PlanLimit, type RuleId, type RuleThresholds,
} from '../../rules/thresholds.js';
import { isBuiltinDocument } from '../builtin-drills.js';
import { isLimitSetting, type LimitSetting, type PlanFile } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';
import { nearestNames } from '../nearest-names.js';
import type { PlanProvider } from '../plan-provider.js';
import { IGNORE_KEYWORD, ignoreDirectives, isIgnored } from './rule-directives.js';
import type { StrideServices } from '../stride-module.js';

/** What a rule diagnostic carries for quick fixes and `stride summary`: the rule, the weeks it fired in, its figures. */
export interface RuleDiagnosticData {
    readonly rule: RuleId;
    readonly weeks: readonly number[];
    readonly figures: Finding['figures'];
}

/** A `limit` line as plain data. */
function limitOf(setting: LimitSetting): PlanLimit {
    return { rule: setting.rule, values: setting.values.map(written => ({ value: written.value, unit: written.unit ?? null })) };
}

/** The `limit` lines of a plan header as plain data. */
export function planLimits(file: PlanFile): PlanLimit[] {
    return (file.header?.settings ?? []).filter(isLimitSetting).map(limitOf);
}

/**
 * Findings that say the same thing in the same place are one diagnostic: a step of a named
 * session used every week is one item in the text.
 */
function mergeFindings(findings: readonly Finding[]): Array<{ finding: Finding; weeks: number[] }> {
    const merged = new Map<string, { finding: Finding; weeks: number[] }>();
    for (const finding of findings) {
        const { start, end } = finding.range;
        const key = `${finding.rule} ${start.line}:${start.character}-${end.line}:${end.character} ${finding.message}`;
        const known = merged.get(key);
        if (known) {
            known.weeks.push(finding.week);
        } else {
            merged.set(key, { finding, weeks: [finding.week] });
        }
    }
    return [...merged.values()];
}

/** The overload rules as the editor and `stride check` show them, with the plan's limits and ignore directives. */
export class RuleValidator {
    private readonly plans: PlanProvider;
    private readonly shared: LangiumSharedServices;
    /** Findings per Plan (one per parse) and the thresholds they were found with. */
    private readonly findings = new WeakMap<Plan, { readonly thresholds: string; readonly findings: readonly Finding[] }>();

    constructor(services: StrideServices) {
        this.plans = services.plan.PlanProvider;
        this.shared = services.shared;
        this.shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
            if (update.section === services.LanguageMetaData.languageId) {
                void this.revalidateAll();
            }
        });
    }

    /** The rules' findings: warnings, and notes as information, each on the week, session or item that crossed the line. */
    async checkRules(file: PlanFile, accept: ValidationAcceptor, cancelToken: Cancellation.CancellationToken): Promise<void> {
        const document = AstUtils.getDocument(file);
        if (isBuiltinDocument(document.uri)) return;
        const { findings } = await this.documentFindings(document, cancelToken);
        for (const { finding, weeks } of mergeFindings(findings)) {
            const data: RuleDiagnosticData = { rule: finding.rule, weeks, figures: finding.figures };
            accept(finding.severity === 'warning' ? 'warning' : 'info', finding.message, { node: file, range: finding.range, code: finding.rule, data });
        }
    }

    /** A `limit` line names a rule and gives it values in the rule's units. */
    checkLimit(setting: LimitSetting, accept: ValidationAcceptor): void {
        if (!setting.rule) return;
        if (!isRuleId(setting.rule)) {
            const near = nearestNames(setting.rule, RULE_IDS);
            accept('error', `there is no rule '${setting.rule}'${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''}`, {
                node: setting, property: 'rule', code: IssueCodes.UnknownRule, data: { names: near },
            });
            return;
        }
        for (const problem of limitProblems(setting.rule, limitOf(setting).values)) {
            if (problem.value === null) {
                accept('error', problem.message, { node: setting, property: 'rule', code: IssueCodes.BadLimit });
            } else {
                accept('error', problem.message, { node: setting.values[problem.value], code: IssueCodes.BadLimit });
            }
        }
        const first = setting.$container.settings.find(other => isLimitSetting(other) && other.rule === setting.rule);
        if (first !== setting) {
            accept('warning', `the limits of ${setting.rule} are given twice; this line counts`, { node: setting, property: 'rule', code: IssueCodes.BadLimit });
        }
    }

    /** A `// stride-ignore` comment names rules that exist and comes before a week, day, session or item. */
    checkIgnoreDirectives(file: PlanFile, accept: ValidationAcceptor): void {
        for (const directive of ignoreDirectives(file)) {
            if (directive.names.length === 0) {
                accept('warning', `${IGNORE_KEYWORD} names the rules it switches off, like // ${IGNORE_KEYWORD} acwr`, {
                    node: file, range: directive.comment, code: IssueCodes.BadDirective,
                });
            } else if (directive.scope === null) {
                accept('warning', `${IGNORE_KEYWORD} applies to the week, day, session or item after it, and nothing follows`, {
                    node: file, range: directive.comment, code: IssueCodes.BadDirective,
                });
            }
            for (const { name, range } of directive.names.filter(({ name }) => !isRuleId(name))) {
                const near = nearestNames(name, RULE_IDS);
                accept('warning', `there is no rule '${name}'${near.length > 0 ? `; did you mean ${near.join(', ')}?` : ''}`, {
                    node: file, range, code: IssueCodes.UnknownRule, data: { names: near },
                });
            }
        }
    }

    /** What the rules find in a document as the editor shows it: the settings, the plan's `limit` lines and its ignore comments applied. */
    async documentFindings(document: LangiumDocument, cancelToken = Cancellation.CancellationToken.None): Promise<{ thresholds: RuleThresholds; findings: readonly Finding[] }> {
        const file = document.parseResult.value as PlanFile;
        const settings: unknown = await this.shared.workspace.ConfigurationProvider.getConfiguration('stride', 'rules');
        const thresholds = applyPlanLimits(thresholdsFromSettings(settings), planLimits(file));
        const findings = await this.findingsOf(this.plans.planOf(document), thresholds, cancelToken);
        const directives = ignoreDirectives(file);
        return { thresholds, findings: findings.filter(finding => !isIgnored(finding, directives)) };
    }

    /** Runs the rules once per Plan and thresholds, giving way between rules to a newer edit. */
    private async findingsOf(plan: Plan, thresholds: RuleThresholds, cancelToken: Cancellation.CancellationToken): Promise<readonly Finding[]> {
        const key = JSON.stringify(thresholds);
        const cached = this.findings.get(plan);
        if (cached?.thresholds === key) {
            return cached.findings;
        }
        const findings: Finding[] = [];
        for (const rule of enabledRules(thresholds)) {
            await interruptAndCheck(cancelToken);
            findings.push(...rule.check(plan, thresholds));
        }
        this.findings.set(plan, { thresholds: key, findings });
        return findings;
    }

    /**
     * New settings: validate every document again, keeping its parse (and its Plan). Every
     * document is built, those not validated yet too: this write cancels an edit queued before
     * it, whose document it then builds.
     */
    private async revalidateAll(): Promise<void> {
        const { DocumentBuilder, LangiumDocuments, WorkspaceLock } = this.shared.workspace;
        await WorkspaceLock.write(async cancelToken => {
            const documents = LangiumDocuments.all.toArray();
            documents.filter(document => document.state >= DocumentState.Validated)
                .forEach(document => DocumentBuilder.resetToState(document, DocumentState.IndexedReferences));
            await DocumentBuilder.build(documents, { validation: true }, cancelToken);
        });
    }
}
