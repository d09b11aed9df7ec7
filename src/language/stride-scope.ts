import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { AstUtils, DefaultScopeComputation, MultiMap } from 'langium';
import { weekNumbersOf } from './ast-values.js';
import { isBuiltinDocument } from './builtin-drills.js';
import { isAliasProp, isDrillDef, isSessionDef, isWeek, isWeekBlock, type DrillDef, type PlanFile, type WeekBlock } from './generated/ast.js';

/**
 * A plan is self-contained: its drills, paces, sessions and weeks are visible everywhere in
 * its own file and nowhere else. Only the built-in drill library is exported to all plans.
 */
export class StrideScopeComputation extends DefaultScopeComputation {

    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        if (!isBuiltinDocument(document.uri)) {
            return [];
        }
        const root = document.parseResult.value as PlanFile;
        return root.drills.flatMap(drill => this.drillDescriptions(drill, document));
    }

    override async collectLocalSymbols(document: LangiumDocument): Promise<LocalSymbols> {
        const root = document.parseResult.value;
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        if (isBuiltinDocument(document.uri)) {
            return symbols;
        }
        const contents = AstUtils.streamAllContents(root).iterator();
        for (let next = contents.next(); !next.done; next = contents.next()) {
            const node = next.value;
            if (isDrillDef(node)) {
                symbols.addAll(root, this.drillDescriptions(node, document));
            } else if (isWeekBlock(node)) {
                symbols.addAll(root, this.blockWeekDescriptions(node, document));
            } else {
                const name = this.nameProvider.getName(node);
                if (name) {
                    symbols.add(root, this.descriptions.createDescription(node, name, document));
                }
            }
            // Nothing inside a drill, a session or a week declares a name: not walking their
            // contents spares each keystroke a pass over nearly every node of the plan.
            if (isDrillDef(node) || isSessionDef(node) || isWeek(node)) {
                contents.prune();
            }
        }
        return symbols;
    }

    /** A drill is found by its name and by each of its aliases. */
    private drillDescriptions(drill: DrillDef, document: LangiumDocument): AstNodeDescription[] {
        const aliases = drill.props.filter(isAliasProp).flatMap(prop => prop.names);
        return [drill.name, ...aliases]
            .filter(name => name)
            .map(name => this.descriptions.createDescription(drill, name, document));
    }

    /** `weeks 5-8 = ...` makes weeks 5, 6, 7 and 8, each of which later weeks may derive from. */
    private blockWeekDescriptions(block: WeekBlock, document: LangiumDocument): AstNodeDescription[] {
        return weekNumbersOf(block).map(week => this.descriptions.createDescription(block, String(week), document));
    }
}
