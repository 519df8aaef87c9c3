#!/bin/sh
# PDF and Word stand-ins for the whole HTML reports of the real-page corpus, made the way a user
# would save a report's web page: printed to PDF by Chromium (default header and footer kept), saved
# as Word by LibreOffice, and that Word file exported to PDF. They share the HTML page's truth
# (the `derived:` line of its block in test/fixtures/real-pages/hand-read.txt).
#   sh bench/report-accuracy/make-stand-ins.sh test/fixtures/real-pages/dev/shanghai-gov-office-2019.html …
set -eu
for html in "$@"; do
  dir=$(dirname "$html")
  base=$(basename "$html" .html)
  tmp=$(mktemp -d)
  cp "$html" "$tmp/$base.html"
  chromium --headless --no-sandbox --disable-gpu --print-to-pdf="$tmp/$base.chromium.pdf" "$tmp/$base.html" 2>/dev/null
  soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir "$tmp" "$tmp/$base.html" >/dev/null 2>&1
  mkdir "$tmp/pdf"
  soffice --headless --convert-to pdf --outdir "$tmp/pdf" "$tmp/$base.docx" >/dev/null 2>&1
  cp "$tmp/$base.chromium.pdf" "$dir/$base.chromium.pdf"
  cp "$tmp/$base.docx" "$dir/$base.docx"
  cp "$tmp/pdf/$base.pdf" "$dir/$base.docx.pdf"
  rm -rf "$tmp"
  ls -l "$dir/$base.chromium.pdf" "$dir/$base.docx" "$dir/$base.docx.pdf"
done
