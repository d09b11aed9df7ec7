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
    private readonly checksByType = new Map<string, readonly ValidationCheck[]>();

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
        this.checksByType.clear();
    }

    /** The checks of a type as an array, built once per type and categories rather than streamed for every node. */
    checksOf(type: string, categories?: ValidationCategory[]): readonly ValidationCheck[] {
        const key = `${type} ${categories?.join() ?? ''}`;
        let checks = this.checksByType.get(key);
        if (!checks) {
            checks = this.getChecks(type, categories).toArray();
            this.checksByType.set(key, checks);
        }
        return checks;
    }
}
