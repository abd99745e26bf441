/** Strings of the editorial pages of the knowledge portal (ar). */
export const editorAr = {
} as const;
