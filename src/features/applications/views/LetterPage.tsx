// A notice letter as a standalone printable page (its own print stylesheet; no site chrome).
import type { RenderedLetter } from '../domain/notice-letters.ts';

export function LetterPage({ letter }: { readonly letter: RenderedLetter }) {
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{letter.title}</title>
        <link rel="stylesheet" href="/applications/letter.css" />
      </head>
      <body class="letter">
        <nav class="letter-toolbar" aria-label="打印说明">
          <p>使用浏览器的“打印”功能（Ctrl+P）打印本告知书，加盖印章后送达。</p>
        </nav>
        <main id="main" class="letter-page">
          <article class="notice-letter">
            <h1>{letter.title}</h1>
            {letter.letterNumber ? <p class="letter-number">{letter.letterNumber}</p> : null}
            {letter.paragraphs.map((p, index) => (
              <p class={index === 0 && /[：:]$/.test(p.split('\n')[0] ?? '') ? 'addressee' : undefined}>
                {p.split('\n').map((line, i) => (
                  <>
                    {i > 0 ? <br /> : null}
                    {line}
                  </>
                ))}
              </p>
            ))}
            <p class="letter-signature">{letter.agencyName}</p>
            {letter.date ? <p class="letter-signature">{letter.date}</p> : null}
          </article>
        </main>
      </body>
    </html>
  );
}
