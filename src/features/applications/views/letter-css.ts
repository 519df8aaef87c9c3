// Print layout of 告知书 pages (GB/T 9704-like: 仿宋 body, centred title, two-character first-line
// indent, signature and date on the right). Served at /applications/letter.css (CSP allows same-origin styles).
export const letterCss = `
body.letter { margin: 0; background: #f4f4f4; color: #111; }
.letter-page { max-width: 210mm; margin: 1.5rem auto; background: #fff; padding: 25mm 20mm; box-sizing: border-box; }
.letter-toolbar { max-width: 210mm; margin: 1rem auto 0; font-family: system-ui, sans-serif; }
.notice-letter { font-family: "FangSong", "STFangsong", "Noto Serif CJK SC", serif; font-size: 16pt; line-height: 1.8; }
.notice-letter h1 { font-family: "Noto Serif CJK SC", "SimSun", serif; font-size: 22pt; text-align: center; font-weight: normal; margin: 0 0 .5em; }
.notice-letter .letter-number { text-align: center; margin: 0 0 1.5em; }
.notice-letter p { margin: 0 0 .4em; text-indent: 2em; }
.notice-letter p.addressee { text-indent: 0; }
.notice-letter .letter-signature { text-align: right; text-indent: 0; }
.notice-letter .letter-signature:first-of-type { margin-top: 2em; }
.letter-banner { background: #fff8e1; border: 1px solid #c79100; padding: .5rem 1rem; box-sizing: border-box; }
.letter-banner-ok { background: #e8f5e9; border-color: #2e7d32; }
.letter-banner ol { margin: .25rem 0; padding-left: 1.5rem; }
.letter-banner .letter-form-error { color: #b00020; }
.letter-not-printable .letter-page { outline: 2px dashed #c79100; }
@media (max-width: 600px) { .letter-page { padding: 8mm 5mm; margin: .5rem; } .notice-letter { font-size: 13pt; } .notice-letter h1 { font-size: 17pt; } }
@media print {
  /* A preview or a held letter never comes out of a printer. */
  .letter-not-printable .letter-page { display: none; }
  .letter-not-printable .letter-banner { display: block; }
  body.letter { background: #fff; }
  .letter-toolbar { display: none; }
  .letter-page { margin: 0; padding: 0; max-width: none; }
  @page { size: A4; margin: 37mm 26mm 35mm 28mm; }
}
`;
