import { knowledgePagesEn } from './pages-en.ts';

// Placeholder until translated.
export const knowledgePagesFr: Record<keyof typeof knowledgePagesEn, string> = { ...knowledgePagesEn };
