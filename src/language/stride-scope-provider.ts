import type { LocalSymbols, ReferenceInfo, Scope } from 'langium';
import { AstUtils, DefaultScopeProvider, MultiMapScope } from 'langium';

/**
 * Scopes that find a name in a map. Every symbol of a plan sits on its root (StrideScopeComputation),
 * and Langium's default scope searches them one by one for each reference, which makes linking a
 * plan of N weeks cost N². One scope per parse and reference type, kept until either the parse or
 * the global scope changes, makes each lookup constant and still finds the first declaration of a
 * name, as the default does.
 */
export class StrideScopeProvider extends DefaultScopeProvider {
    private readonly rootScopes = new WeakMap<LocalSymbols, Map<string, { readonly global: Scope; readonly scope: Scope }>>();

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const global = this.getGlobalScope(referenceType, context);
        const document = AstUtils.getDocument(context.container);
        const symbols = document.localSymbols;
        const root = document.parseResult.value;
        if (!symbols || !symbols.has(root)) {
            return global;
        }
        let byType = this.rootScopes.get(symbols);
        if (!byType) {
            byType = new Map();
            this.rootScopes.set(symbols, byType);
        }
        const cached = byType.get(referenceType);
        if (cached?.global === global) {
            return cached.scope;
        }
        const elements = symbols.getStream(root).filter(description => this.reflection.isSubtype(description.type, referenceType));
        const scope = new MultiMapScope(elements, global);
        byType.set(referenceType, { global, scope });
        return scope;
    }
}
