// A4 print stylesheet of the rendered report: 仿宋/宋体 body, 黑体 headings, tables with full borders
// like the official format, header rows repeated on every page.
export const reportStyle = `
@page { size: A4; margin: 25mm 20mm 22mm 20mm; }
:root { color-scheme: light; }
body { margin: 0; background: #fff; color: #000;
  font-family: "FangSong", "仿宋", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC", "SimSun", "宋体", "Songti SC", serif;
  font-size: 12pt; line-height: 1.75; }
.report { max-width: 170mm; margin: 0 auto; padding: 10mm 0; }
h1 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", sans-serif;
  font-size: 18pt; text-align: center; font-weight: bold; margin: 0 0 1em; line-height: 1.4; }
h2 { font-family: "SimHei", "黑体", "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", sans-serif;
  font-size: 14pt; font-weight: bold; margin: 1.2em 0 .5em; break-after: avoid; }
p { margin: 0 0 .4em; text-indent: 2em; }
table { width: 100%; border-collapse: collapse; margin: .5em 0 1em; font-size: 9pt; line-height: 1.35; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 1px solid #000; padding: 2pt 3pt; vertical-align: middle; }
th { font-weight: normal; text-align: center; }
th.label { text-align: left; }
td { text-align: center; min-width: 2.2em; }
td.blank { background: repeating-linear-gradient(45deg, #fff, #fff 3px, #eee 3px, #eee 5px); }
td.not-applicable { color: #444; }
th.corner { font-size: 8pt; text-align: left; }
.review-litigation td, .review-litigation th { font-size: 8.5pt; padding: 2pt 1pt; }
.finding-error { outline: 2px solid #b00020; outline-offset: -2px; background: #fde7ea; }
.finding-warning { outline: 2px dashed #a15c00; outline-offset: -2px; background: #fff4e0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.signature { text-align: right; margin-top: 2em; text-indent: 0; }
.findings { margin-top: 2em; border-top: 1px solid #000; font-size: 10.5pt; }
.findings li { margin: .3em 0; outline: none; background: none; padding-left: .4em; }
.findings li.finding-error { border-left: 4px solid #b00020; }
.findings li.finding-warning { border-left: 4px solid #a15c00; }
.findings .severity { font-weight: bold; margin-right: .5em; }
@media print { .findings { break-before: page; } td.blank { background: none; } }
@media screen and (max-width: 700px) { .report { padding: 4mm; } .table-wrap { overflow-x: auto; }
  table.applications { min-width: 44rem; } table.review-litigation { min-width: 52rem; } th.label { min-width: 7em; } th.corner { min-width: 12em; } }
`;
