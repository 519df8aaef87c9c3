// A notice letter as a standalone printable page (its own print stylesheet; no site chrome). The same page
// is the staff's preview of a reply not yet issued and the page of a letter held back by the letter check
// (domain/letter-check.ts): then a banner says so, lists what is missing with links, and the letter is
// not printable.
import type { LetterProblem } from '../domain/letter-check.ts';
import type { RenderedLetter } from '../domain/notice-letters.ts';
import { LetterProblemList } from './LetterGate.tsx';

export interface LetterPageMode {
  /** 'preview': a reply not issued yet; 'held': a letter that may not be printed or downloaded yet. */
  readonly kind: 'preview' | 'held';
  readonly problems: readonly LetterProblem[];
  readonly agencyId: string;
  readonly caseId: string;
  /** A form error of the preview (the reply form would be refused before any letter is made). */
  readonly formError?: string | undefined;
}

function Banner({ mode }: { readonly mode: LetterPageMode }) {
  const ok = mode.problems.length === 0 && !mode.formError;
  return (
    <nav class={ok ? 'letter-toolbar letter-banner letter-banner-ok' : 'letter-toolbar letter-banner'} aria-label="预览说明" id="letter-banner">
      <p>
        <strong>{mode.kind === 'preview' ? '答复书预览（尚未发出）' : '本告知书暂不能打印或下载'}</strong>
        {mode.kind === 'preview' && ok ? '：检查通过，这就是将要发出的答复书。关闭本页，回到案件页点击“作出答复并发出答复书”。' : null}
      </p>
      {mode.formError ? <p class="letter-form-error">{mode.formError}</p> : null}
      <LetterProblemList problems={mode.problems} agencyId={mode.agencyId} caseId={mode.caseId} />
      <p>
        <a href={`/admin/applications/${mode.caseId}`}>返回案件页</a>
      </p>
    </nav>
  );
}

export function LetterPage({ letter, mode }: { readonly letter?: RenderedLetter | undefined; readonly mode?: LetterPageMode | undefined }) {
  const printable = mode === undefined;
  return (
    <html lang="zh-CN">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{mode?.kind === 'preview' ? `预览：${letter?.title ?? '答复书'}` : (letter?.title ?? '告知书')}</title>
        <link rel="stylesheet" href="/applications/letter.css" />
      </head>
      <body class={printable ? 'letter' : 'letter letter-not-printable'}>
        {mode ? (
          <Banner mode={mode} />
        ) : (
          <nav class="letter-toolbar" aria-label="打印说明">
            <p>使用浏览器的“打印”功能（Ctrl+P）打印本告知书，加盖印章后送达。</p>
          </nav>
        )}
        {letter ? (
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
        ) : null}
      </body>
    </html>
  );
}
