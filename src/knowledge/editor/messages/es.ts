/** Strings of the editorial pages of the knowledge portal (es). */
export const editorEs = {
} as const;
