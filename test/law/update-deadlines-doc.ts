// Rewrites the generated part of docs/deadlines.md from src/law/deadlines.examples.ts.
// Run: npx tsx test/law/update-deadlines-doc.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generatedPart, renderDeadlineExamples } from '../../src/law/deadlines-doc.ts';
import { deadlineExamples } from '../../src/law/deadlines.examples.ts';

const path = fileURLToPath(new URL('../../docs/deadlines.md', import.meta.url));
const doc = readFileSync(path, 'utf8');
const current = generatedPart(doc);
if (current === null) {
  process.stderr.write('docs/deadlines.md 中没有例题标记，无法更新。\n');
  process.exitCode = 1;
} else {
  writeFileSync(path, doc.replace(current, renderDeadlineExamples(deadlineExamples)));
  process.stdout.write('已更新 docs/deadlines.md 的例题部分。\n');
}
