import { resolve } from 'node:path';

export interface Config {
  port: number;
  /** PGlite files; used when databaseUrl is not set. */
  dataDir: string;
  /** postgres://... of a PostgreSQL server; when set, PGlite is not used. */
  databaseUrl: string | undefined;
  /** Load the sample data into an empty database on start. */
  sampleData: boolean;
  /** Mark cookies Secure (behind TLS). */
  secureCookies: boolean;
}

export class ConfigError extends Error {}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    throw new ConfigError('DATABASE_URL must start with postgres:// or postgresql://');
  }
  const port = env.PORT ? Number(env.PORT) : 3000;
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`PORT must be a number from 0 to 65535, not "${env.PORT}"`);
  const publicUrl = env.PUBLIC_URL?.trim() ?? '';
  return {
    port,
    dataDir: resolve(env.DATA_DIR?.trim() || 'data'),
    databaseUrl,
    sampleData: parseBoolean('SAMPLE_DATA', env.SAMPLE_DATA, !databaseUrl),
    secureCookies: parseBoolean('SECURE_COOKIES', env.SECURE_COOKIES, publicUrl.startsWith('https://')),
  };
}

function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value.trim() === '') return fallback;
  if (/^(1|true|yes|on)$/i.test(value.trim())) return true;
  if (/^(0|false|no|off)$/i.test(value.trim())) return false;
  throw new ConfigError(`${name} must be true or false, not "${value}"`);
}
