// The 指南 and 制度 columns: text kept by staff, split into paragraphs at blank lines.
import { EmptyState } from '../../../../platform/views/EmptyState.tsx';

export function TextColumn({ page }: { readonly page: { title: string; body: string; updatedAt: string } | undefined }) {
  if (!page) return <EmptyState>本单位尚未发布该栏目内容。</EmptyState>;
  return (
    <article>
      <h2>{page.title}</h2>
      <p class="hint">更新日期：{page.updatedAt.slice(0, 10)}</p>
      {page.body.split(/\n\s*\n/).map((para) => (
        <p>
          {para.split('\n').map((line, i) => (
            <>
              {i > 0 ? <br /> : null}
              {line}
            </>
          ))}
        </p>
      ))}
    </article>
  );
}
