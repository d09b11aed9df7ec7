/** Where a plan's exports go unless told otherwise: beside the plan, named after it. */

/** `speed.stride` exports to `speed.ics`. */
export function icsFileName(planFileName: string): string {
    return `${withoutExtension(planFileName)}.ics`;
}

/** `speed.stride` exports its watch files to the folder `speed-fit`. */
export function fitFolderName(planFileName: string): string {
    return `${withoutExtension(planFileName)}-fit`;
}

/** `speed.stride` and `speed` are `speed`; `.stride`, a name that is all extension, stays whole. */
function withoutExtension(fileName: string): string {
    const dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.slice(0, dot) : fileName;
}
