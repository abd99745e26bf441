import { knowledgePagesEn } from './pages-en.ts';

// Placeholder until translated.
export const knowledgePagesAr: Record<keyof typeof knowledgePagesEn, string> = { ...knowledgePagesEn };
