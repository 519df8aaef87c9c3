// A notice letter as a printable page (print.css hides the site chrome).
import { Document } from '../../../platform/views/Document.tsx';
import type { RenderedLetter } from '../domain/notice-letters.ts';

export function LetterPage({ letter }: { readonly letter: RenderedLetter }) {
  return (
    <Document title={letter.title} bodyClass="letter">
      <main id="main" class="letter-page">
        <article class="notice-letter">
          <h1>{letter.title}</h1>
          {letter.letterNumber ? <p class="letter-number">{letter.letterNumber}</p> : null}
          {letter.paragraphs.map((p) => (
            <p>
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
    </Document>
  );
}
