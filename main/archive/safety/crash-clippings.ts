/**
 * Clippings for the crash tests: deterministic text files, each with a word no other clipping
 * has (its marker), so a search can tell whether the index caught up with one exact clipping.
 */
import type { ImportFile } from '../../../preload/api/index.ts';
import { generatedClipping } from '../../test-support/generated-clippings.ts';

/**
 * A word made of letters only ("qzv" + n in base 26 + "x"), so Lunr's tokenizer keeps it whole;
 * the final x matches no suffix rule of the stemmer, so no two markers stem alike ("qzvy" would
 * become "qzvi", another clipping's marker).
 */
export function crashMarker(n: number): string {
  let letters = '';
  for (let rest = n; ; rest = Math.floor(rest / 26) - 1) {
    letters = String.fromCharCode(97 + (rest % 26)) + letters;
    if (rest < 26) break;
  }
  return `qzv${letters}x`;
}

export function crashClippingFile(n: number): ImportFile {
  const clipping = generatedClipping(n);
  const marker = `Paragraph zero of report ${n}. Editors filed this report under the code word ${crashMarker(n)} so that the archive can find it again later.`;
  const text = clipping.text.replace(/\n\nParagraph 1 /, `\n\n${marker}\n\nParagraph 1 `);
  return { name: `crash-${n}.txt`, data: new TextEncoder().encode(text) };
}
