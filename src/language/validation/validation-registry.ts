import type { ValidationAcceptor, ValidationCategory, ValidationCheck } from 'langium';
import { ValidationRegistry } from 'langium';

/** Langium's wording for a check that failed. */
const FAILED_CHECK = 'An error occurred during validation';

/**
 * Langium wraps each check in two async functions, so every check on every node of every
 * keystroke allocates promises, though Stride's checks are synchronous but one. Here a check
 * that returns nothing costs its call and no more; one that throws or returns a promise still
 * goes through Langium's handler, which logs the error and shows it on the node.
 */
export class StrideValidationRegistry extends ValidationRegistry {
    /** The checks of each node type, by the categories asked for. */
    private readonly checks = new Map<string, Map<string, readonly ValidationCheck[]>>();

    protected override wrapValidationException(check: ValidationCheck, thisObj: unknown): ValidationCheck {
        return (node, accept: ValidationAcceptor, cancelToken) => {
            try {
                const pending = check.call(thisObj, node, accept, cancelToken);
                return pending === undefined ? undefined : this.handleException(() => pending, FAILED_CHECK, accept, node);
            } catch (error) {
                return this.handleException(() => { throw error; }, FAILED_CHECK, accept, node);
            }
        };
    }

    protected override addEntry(type: string, entry: Parameters<ValidationRegistry['addEntry']>[1]): void {
        super.addEntry(type, entry);
        this.checks.clear();
    }

    /** The checks of each node type in these categories, as arrays made once rather than streams made for every node. */
    checksFor(categories?: ValidationCategory[]): (type: string) => readonly ValidationCheck[] {
        const key = categories?.join() ?? '';
        let byType = this.checks.get(key);
        if (!byType) {
            byType = new Map();
            this.checks.set(key, byType);
        }
        const known = byType;
        return type => {
            let checks = known.get(type);
            if (!checks) {
                checks = this.getChecks(type, categories).toArray();
                known.set(type, checks);
            }
            return checks;
        };
    }
}
