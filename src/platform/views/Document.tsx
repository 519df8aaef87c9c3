// The HTML document around every page: language, viewport, stylesheets (screen + print), the skip link
// and the large-text class (适老化). Pages work without JavaScript; the one script only enhances.
import type { ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import { PageContext } from './page-context.ts';

export interface DocumentProps {
  readonly title: string;
  readonly children: ComponentChildren;
  readonly bodyClass?: string;
}

export function Document({ title, children, bodyClass }: DocumentProps) {
  const page = useContext(PageContext);
  return (
    <html lang="zh-CN" class={page.largeText ? 'large-text' : undefined}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title}</title>
        <link rel="icon" href="/static/favicon.svg" type="image/svg+xml" />
        <link rel="stylesheet" href="/static/css/gongkai.css" />
        <link rel="stylesheet" href="/static/css/print.css" media="print" />
        <script src="/static/js/enhance.js" defer />
      </head>
      <body class={bodyClass}>
        <a class="skip-link" href="#main">跳到主要内容</a>
        {children}
      </body>
    </html>
  );
}
