// The 适老化 large-text switch: a plain link, so it works without JavaScript. It changes only the
// visitor's own display cookie (no server state), which is why it is a GET and carries no CSRF token.
import { useContext } from 'preact/hooks';
import { PageContext } from './page-context.ts';

export function LargeTextToggle() {
  const page = useContext(PageContext);
  const next = page.largeText ? 'off' : 'on';
  const href = `/display/large-text?set=${next}&return=${encodeURIComponent(page.currentUrl)}`;
  return (
    <a class="large-text-toggle" href={href} rel="nofollow">
      {page.largeText ? '标准字号' : '大字模式'}
    </a>
  );
}
