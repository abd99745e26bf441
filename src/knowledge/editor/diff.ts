/** One difference between two versions of a record's data, at a field path such as `victims.1.age`. */
export interface Change {
  path: string;
  change: 'added' | 'removed' | 'changed';
  before?: unknown;
  after?: unknown;
}

/**
 * The field-by-field difference between two JSON values. Objects are compared key by key and
 * lists of objects item by item (`victims.0.sex`); a list of plain values (`acts`) is one field.
 * Empty lists and objects count as absent. Changes come in the order of the fields.
 */
export function diffData(before: unknown, after: unknown): Change[] {
  const old = flatten(before);
  const now = flatten(after);
  const paths = [...now.keys()];
  // Removed fields go where they were, after the last field before them that is still there.
  let insertAt = 0;
  for (const path of old.keys()) {
    const index = paths.indexOf(path);
    if (index === -1) paths.splice(insertAt++, 0, path);
    else insertAt = index + 1;
  }
  const changes: Change[] = [];
  for (const path of paths) {
    const a = old.get(path);
    const b = now.get(path);
    if (a === undefined) changes.push({ path, change: 'added', after: b });
    else if (b === undefined) changes.push({ path, change: 'removed', before: a });
    else if (JSON.stringify(a) !== JSON.stringify(b)) changes.push({ path, change: 'changed', before: a, after: b });
  }
  return changes;
}

/** The leaves of a JSON value by path. */
export function flatten(value: unknown, prefix = '', into = new Map<string, unknown>()): Map<string, unknown> {
  if (value === undefined || value === null) return into;
  if (Array.isArray(value)) {
    if (!value.length) return into;
    if (value.every((item) => item === null || typeof item !== 'object')) {
      into.set(prefix, value);
      return into;
    }
    value.forEach((item, index) => flatten(item, join(prefix, String(index)), into));
    return into;
  }
  if (typeof value === 'object') {
    for (const [key, item] of Object.entries(value as Record<string, unknown>)) flatten(item, join(prefix, key), into);
    return into;
  }
  into.set(prefix, value);
  return into;
}

const join = (prefix: string, key: string) => (prefix ? `${prefix}.${key}` : key);
