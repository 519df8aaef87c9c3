// Which files a `gongkai report check FILE|DIR…` call means: files as given, directories walked
// recursively in sorted order (so batch output and CSV rows are stable between runs).
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';

export type Target = { file: string } | { file: string; missing: string };

export async function collectTargets(paths: string[]): Promise<Target[]> {
  const targets: Target[] = [];
  for (const given of paths) {
    let info;
    try {
      info = await stat(given);
    } catch {
      targets.push({ file: given, missing: '找不到这个文件或目录。' });
      continue;
    }
    if (info.isDirectory()) targets.push(...(await walk(given)));
    else targets.push({ file: given });
  }
  return targets;
}

async function walk(dir: string): Promise<Target[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: Target[] = [];
  for (const entry of entries) {
    // Hidden files (.DS_Store, editor swap files) are never reports.
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(full)));
    else if (entry.isFile()) out.push({ file: full });
  }
  return out;
}
