/** Strings of the editorial pages of the knowledge portal (fr). */
export const editorFr = {
} as const;
