import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

function imports(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:import|export)[^'"]*?from\s+['"]([^'"]+)['"]/g)].map(
    (m) => m[1] ?? '',
  );
}

const platformPackages = ['discord.js', '@slack/bolt', '@slack/web-api', '@discordjs/'];

describe('architecture', () => {
  it('keeps the engine free of chat platforms, commands and adapters', () => {
    for (const file of sourceFiles('src')) {
      for (const spec of imports(file)) {
        expect(
          platformPackages.some((p) => spec.startsWith(p)),
          `${file} imports ${spec}`,
        ).toBe(false);
        expect(/(^|\/)(commands|adapters)\//.test(spec), `${file} imports ${spec}`).toBe(false);
      }
    }
  });

  it('lets commands reach the engine only through src/index.ts and never a platform', () => {
    for (const file of sourceFiles('commands')) {
      for (const spec of imports(file)) {
        expect(
          platformPackages.some((p) => spec.startsWith(p)),
          `${file} imports ${spec}`,
        ).toBe(false);
        if (spec.includes('/src/')) expect(spec, file).toMatch(/\/src\/index\.js$/);
        expect(spec.includes('adapters/'), `${file} imports ${spec}`).toBe(false);
      }
    }
  });

  it('keeps one platform from importing another', () => {
    const platforms = ['discord', 'slack', 'console'];
    for (const platform of platforms) {
      for (const file of sourceFiles(join('adapters', platform))) {
        for (const spec of imports(file)) {
          for (const other of platforms.filter((p) => p !== platform)) {
            expect(spec.includes(`/${other}/`), `${file} imports ${spec}`).toBe(false);
          }
          if (spec.includes('/src/')) expect(spec, file).toMatch(/\/src\/index\.js$/);
        }
      }
    }
  });

  it('keeps src/index.ts the narrow door: at most 15 values, each used by a command or adapter', async () => {
    const door = Object.keys(await import('../../src/index.js'));
    expect(door.length, door.join(', ')).toBeLessThanOrEqual(15);
    const users = ['commands', 'adapters']
      .flatMap(sourceFiles)
      .map((file) => readFileSync(join(root, file), 'utf8'))
      .join('\n');
    for (const name of door)
      expect(users, `${name} is exported for nobody`).toMatch(new RegExp(`\\b${name}\\b`));
  });

  it('keeps every source file short enough to read in one sitting', () => {
    for (const file of ['src', 'commands', 'adapters'].flatMap(sourceFiles)) {
      const lines = readFileSync(join(root, file), 'utf8').split('\n').length;
      expect(lines, `${relative(root, join(root, file))} has ${lines} lines`).toBeLessThanOrEqual(
        300,
      );
    }
  });
});
