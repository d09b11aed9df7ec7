/**
 * The preview as one self-contained HTML file, to send to an athlete: the webview's own
 * script and stylesheet inlined with the model, and a theme palette in place of VS Code's.
 */
import { readFile } from 'node:fs/promises';
import type { PreviewModel } from './model.js';
import { previewPage } from './page.js';

/** The extension's media folder, from src/preview or out/preview alike. */
const MEDIA = new URL('../../media/', import.meta.url);

async function mediaText(path: string): Promise<string> {
    return readFile(new URL(path, MEDIA), 'utf8');
}

export async function standalonePreview(model: PreviewModel): Promise<string> {
    const script = await mediaText('build/preview.js').catch(() => {
        // A build step was skipped: not the user's mistake, but say how to mend it.
        throw new Error('the preview script is not built (media/build/preview.js); run npm run build');
    });
    const styles = await Promise.all([mediaText('standalone-theme.css'), mediaText('preview.css')]);
    return previewPage(model.name || 'Training plan', {
        kind: 'inline',
        styles,
        // The source map stays behind, so the file does not point at it.
        script: script.replace(/\n\/\/# sourceMappingURL=\S+\s*$/, '\n'),
        model,
    });
}
