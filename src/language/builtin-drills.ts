import { URI } from 'langium';
import { DRILL_CATALOGUE } from '../drills/catalogue.js';

/**
 * The built-in drills as a library document, so that they link, complete and hover exactly
 * like drills a plan defines. Only names, titles, kinds and aliases go into its text: the
 * numbers stay in the typed catalogue, which the Plan compile reads directly.
 */
export const BUILTIN_DRILLS_URI = URI.parse('stride-builtin:///drills.stride');

export function isBuiltinDocument(uri: URI): boolean {
    return uri.scheme === BUILTIN_DRILLS_URI.scheme;
}

export function builtinDrillsText(): string {
    return DRILL_CATALOGUE.map(drill => {
        const alias = drill.aliases.length > 0 ? ` alias ${drill.aliases.join(', ')}` : '';
        return `drill ${drill.id} ${JSON.stringify(drill.title)} ${drill.kind}${alias}`;
    }).join('\n') + '\n';
}
