/** Strings of the editorial pages of the knowledge portal (en). */
export const editorEn = {
} as const;
