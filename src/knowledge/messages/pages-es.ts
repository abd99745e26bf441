import { knowledgePagesEn } from './pages-en.ts';

// Placeholder until translated.
export const knowledgePagesEs: Record<keyof typeof knowledgePagesEn, string> = { ...knowledgePagesEn };
