// “您的位置” trail: every link but the last, which is the current page.
export interface Crumb {
  readonly label: string;
  readonly href?: string;
}

export function Breadcrumbs({ items }: { readonly items: readonly Crumb[] }) {
  if (items.length === 0) return null;
  return (
    <nav class="breadcrumbs" aria-label="您的位置">
      <ol>
        {items.map((item, index) =>
          item.href && index < items.length - 1 ? (
            <li>
              <a href={item.href}>{item.label}</a>
            </li>
          ) : (
            <li aria-current="page">{item.label}</li>
          ),
        )}
      </ol>
    </nav>
  );
}
