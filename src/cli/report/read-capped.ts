// Reading a report file from disk with a byte cap: `stat` says nothing about /dev/zero, a named pipe or
// a file that grows while it is read, so the bytes are counted as they come and reading stops one
// byte past the limit. Used by `report check`, `report render` and the bulk audit's reader thread.
import { open } from 'node:fs/promises';

/** Published reports are a few MB at most; a bigger file is almost certainly not one. */
export const maxReportBytes = 50 * 1024 * 1024;

export type CappedRead = { bytes: Uint8Array } | { error: string };

export async function readFileCapped(file: string, limit = maxReportBytes): Promise<CappedRead> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch {
    return { error: '文件无法打开（不存在或没有读取权限）。' };
  }
  try {
    const info = await handle.stat();
    if (info.isDirectory()) return { error: '这是一个目录，不是文件。' };
    if (info.isFile() && info.size > limit) return { error: tooLarge(info.size, limit) };
    const chunks: Buffer[] = [];
    let size = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, limit + 1 - size));
      const { bytesRead } = await handle.read(chunk, 0, chunk.length, null);
      if (bytesRead === 0) break;
      size += bytesRead;
      chunks.push(bytesRead === chunk.length ? chunk : chunk.subarray(0, bytesRead));
      if (size > limit) return { error: `文件超过 ${Math.round(limit / 1048576)} MB（或读不到结尾，例如设备或管道），不像是一份年度报告，已停止读取。请检查文件后再试。` };
    }
    return { bytes: Buffer.concat(chunks, size) };
  } catch {
    return { error: '文件读取出错（可能已损坏或正被其他程序占用）。' };
  } finally {
    await handle.close();
  }
}

function tooLarge(size: number, limit: number): string {
  return `文件过大（${Math.round(size / 1048576)} MB，上限 ${Math.round(limit / 1048576)} MB），不像是一份年度报告。`;
}
