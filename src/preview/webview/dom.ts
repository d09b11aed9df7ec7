/**
 * Building the preview's DOM. Plan text only ever goes in as `textContent` or an attribute
 * value, never as markup, so a note that holds `<script>` shows as those characters.
 */

export interface ElementOptions {
    readonly className?: string;
    readonly text?: string;
    readonly attributes?: Readonly<Record<string, string>>;
}

type Child = Node | string | null;

export function element<K extends keyof HTMLElementTagNameMap>(tag: K, options: ElementOptions = {}, children: readonly Child[] = []): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    if (options.className) {
        node.className = options.className;
    }
    if (options.text !== undefined) {
        node.textContent = options.text;
    }
    for (const [name, value] of Object.entries(options.attributes ?? {})) {
        node.setAttribute(name, value);
    }
    for (const child of children) {
        if (child !== null) {
            node.append(child);
        }
    }
    return node;
}
