// jieba (@node-rs/jieba 2.0.2, pinned) with a user dictionary of agency and place names, so
// "岭南镇" or "示范县住房和城乡建设局" is one word on both the index and the query side.
// Not in domain/: loading the dictionary reads a file.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { Cut } from './domain/query.ts';

export interface Segmenter {
  /** Precise mode, for queries. */
  cut: Cut;
  /** Search mode (every dictionary sub-word of long words), for indexing and query alternatives. */
  cutForSearch: Cut;
  /** Adds words (agency and place names) to the user dictionary; known words are skipped. */
  addWords(words: Iterable<string>): void;
}

// A high frequency makes jieba keep the name whole even where dictionary words overlap it.
const USER_WORD_FREQUENCY = 100_000;

/** Words worth adding for an agency name: the full name and its place part (岭南镇人民政府 → 岭南镇). */
export function namesForDictionary(name: string): string[] {
  const out = new Set<string>();
  const clean = name.replace(/\s+/g, '');
  if (clean.length >= 2 && clean.length <= 30) out.add(clean);
  const place = /^(.{1,8}?(?:省|市|州|盟|县|区|旗|镇|乡|街道))/u.exec(clean);
  if (place?.[1] && place[1].length >= 2) out.add(place[1]);
  return [...out];
}

export function createSegmenter(): Segmenter {
  const jieba = Jieba.withDict(dict);
  const known = new Set<string>();
  // HMM off on both sides: the same text must always segment the same way for index and query to meet.
  return {
    cut: (text) => jieba.cut(text, false),
    cutForSearch: (text) => jieba.cutForSearch(text, false),
    addWords(words) {
      const fresh: string[] = [];
      for (const w of words) {
        const word = w.trim();
        if (word.length >= 2 && !/\s/.test(word) && !known.has(word)) {
          known.add(word);
          fresh.push(`${word} ${USER_WORD_FREQUENCY} ns`);
        }
      }
      if (fresh.length > 0) jieba.loadDict(Buffer.from(fresh.join('\n') + '\n'));
    },
  };
}

let shared: Segmenter | undefined;

/** One segmenter per process: loading jieba's dictionary takes a few hundred milliseconds. */
export function sharedSegmenter(): Segmenter {
  shared ??= createSegmenter();
  return shared;
}
