// docs/deadlines.md shows exactly the examples the clock is tested on.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { generatedPart, renderDeadlineExamples } from '../../src/law/deadlines-doc.ts';
import { deadlineExamples } from '../../src/law/deadlines.examples.ts';

const doc = readFileSync(fileURLToPath(new URL('../../docs/deadlines.md', import.meta.url)), 'utf8');

describe('docs/deadlines.md', () => {
  it('contains the rendered worked examples unchanged (run test/law/update-deadlines-doc.ts after editing them)', () => {
    expect(generatedPart(doc)).toBe(renderDeadlineExamples(deadlineExamples));
  });

  it('shows the spec’s National Day examples A–C with their deadlines', () => {
    expect(doc).toContain('答复期限：**2024-10-28**');
    expect(doc).toContain('答复期限：**2024-11-05**');
    expect(doc).toContain('延长后的答复期限：2024-12-10');
  });
});
