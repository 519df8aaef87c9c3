// Server-side paging links (DESIGN §6: tables page on the server). Keeps the other query parameters.
export interface PaginationProps {
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  /** Path and the other query parameters, without `page`. */
  readonly path: string;
  readonly params: Readonly<Record<string, string | undefined>>;
}

function hrefFor(path: string, params: Readonly<Record<string, string | undefined>>, page: number): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== '' && key !== 'page') query.set(key, value);
  query.set('page', String(page));
  return `${path}?${query.toString()}`;
}

export function Pagination({ page, pageSize, total, path, params }: PaginationProps) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return null;
  return (
    <nav class="pagination" aria-label="分页">
      {page > 1 ? <a href={hrefFor(path, params, page - 1)}>上一页</a> : null}
      <span>
        第 {page} / {pages} 页（共 {total} 条）
      </span>
      {page < pages ? <a href={hrefFor(path, params, page + 1)}>下一页</a> : null}
    </nav>
  );
}
