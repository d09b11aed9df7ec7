/**
 * Plan text on a terminal line. A plan can hold line breaks (`\n` in a string), escape
 * sequences and other control characters; printed as they are, a session's name could start
 * a line that reads like a diagnostic of its own, or drive the terminal. They show as U+FFFD.
 */
export function oneLine(text: string): string {
    return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, '\ufffd');
}
