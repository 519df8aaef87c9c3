// Mirrors of report pages that add a pinyin gloss after characters: "報(bào)告", "區(qū)", "規(guī)定",
// "簡(jiǎn)稱". The glosses are not part of the text: they are taken out before anything is read (the
// cell and heading sources keep the line as printed).

const GLOSS = /(?<=[\u3400-\u9fff\uf900-\ufaff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6}[)）]/g;
const HINT = /[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]/;

/** The text without pinyin glosses; the same string when it has none. */
export function stripPinyinGlosses(text: string): string {
  return HINT.test(text) ? text.replace(GLOSS, '') : text;
}

/** True when the document carries glosses at all (checked once on the whole text). */
export function hasPinyinGlosses(text: string): boolean {
  if (!HINT.test(text)) return false;
  GLOSS.lastIndex = 0;
  return GLOSS.test(text);
}
