// 上一页 / 下一页 links for keyset paging (DESIGN §6: tables page on the server). Each link carries the
// cursor of the page edge (`before` = newer, `after` = older) and keeps every other query parameter, so
// the filters survive paging. Used where OFFSET paging gets slow on deep pages (the audit log).
export interface CursorPaginationProps {
  /** Path and the other query parameters (filters), without `after`/`before`/`page`. */
  readonly path: string;
  readonly params: Readonly<Record<string, string | undefined>>;
  /** Cursor of the first row, when newer rows exist (上一页). */
  readonly newerCursor: string | null;
  /** Cursor of the last row, when older rows exist (下一页). */
  readonly olderCursor: string | null;
}

export function cursorHref(path: string, params: Readonly<Record<string, string | undefined>>, cursor?: { key: 'after' | 'before'; value: string }): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== '' && key !== 'after' && key !== 'before' && key !== 'page') query.set(key, value);
  }
  if (cursor) query.set(cursor.key, cursor.value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

export function CursorPagination({ path, params, newerCursor, olderCursor }: CursorPaginationProps) {
  if (!newerCursor && !olderCursor) return null;
  return (
    <nav class="pagination" aria-label="分页">
      {newerCursor ? (
        <>
          <a href={cursorHref(path, params)}>第一页</a> <a href={cursorHref(path, params, { key: 'before', value: newerCursor })} rel="prev">上一页</a>
        </>
      ) : null}{' '}
      {olderCursor ? (
        <a href={cursorHref(path, params, { key: 'after', value: olderCursor })} rel="next">
          下一页
        </a>
      ) : null}
    </nav>
  );
}
