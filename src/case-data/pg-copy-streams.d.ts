// The part of pg-copy-streams (no published types) that copy-in.ts uses.
declare module 'pg-copy-streams' {
  import type { Writable } from 'node:stream';
  export function from(text: string): Writable & { rowCount: number };
}
