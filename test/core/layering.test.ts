import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const SRC = resolve('src');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** The files of this project a source file imports (static, re-exports, side effects and import()). */
function localImports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const specifiers = [
    ...text.matchAll(/\bfrom\s+'([^']+)'/g),
    ...text.matchAll(/\bimport\s+'([^']+)'/g),
    ...text.matchAll(/\bimport\(\s*'([^']+)'\s*\)/g),
  ].map((match) => match[1]);
  return specifiers.filter((specifier) => specifier.startsWith('.')).map((specifier) => resolve(dirname(file), specifier));
}

const inside = (path: string, folder: string) => !relative(folder, path).startsWith('..');
const capabilityFolders = readdirSync(SRC).filter((name) => name !== 'core' && statSync(join(SRC, name)).isDirectory());

describe('layering', () => {
  it('finds the imports it checks', () => {
    const imports = localImports(join(SRC, 'app.ts')).map((path) => relative(SRC, path));
    assert.ok(imports.includes('capabilities.ts') && imports.includes('core/http/context.ts'), imports.join(', '));
    assert.ok(capabilityFolders.includes('knowledge') && capabilityFolders.includes('cooperation'));
  });

  it('nothing under src/core imports a capability or the application', () => {
    const wrong = sourceFiles(join(SRC, 'core')).flatMap((file) => localImports(file)
      .filter((target) => !inside(target, join(SRC, 'core')))
      .map((target) => `${relative(SRC, file)} -> ${relative(SRC, target)}`));
    assert.deepEqual(wrong, []);
  });

  it('no capability imports the application layer (src/*.ts), which composes them', () => {
    const wrong = capabilityFolders.flatMap((folder) => sourceFiles(join(SRC, folder)).flatMap((file) => localImports(file)
      .filter((target) => dirname(target) === SRC)
      .map((target) => `${relative(SRC, file)} -> ${relative(SRC, target)}`)));
    assert.deepEqual(wrong, []);
  });

  it('every capability folder describes itself and is listed once in src/capabilities.ts', () => {
    const composition = readFileSync(join(SRC, 'capabilities.ts'), 'utf8');
    for (const folder of capabilityFolders) {
      assert.ok(statSync(join(SRC, folder, 'capability.ts')).isFile(), `${folder}/capability.ts`);
      assert.equal(composition.split(`from './${folder}/capability.ts'`).length - 1, 1, `${folder} listed in src/capabilities.ts`);
    }
  });
});
