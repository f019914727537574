// Text from a scanned printout run through OCR carries letters in place of figures: "l4 July
// 2Ol7", "1O.OO-12.3O", "O7964 2O5118", and "rn" for "m" ("4prn", "Septernber"). A reader
// sees through it; the date and phone parsers would not. Only runs that mix figures with the
// look-alike letters O, o, l and I are read again, and only where the figures they make are
// a time, a year, a day beside a month's name or a long number (a phone): words ("Oldham",
// "Ilford") and codes ("SO23", "N0") are never touched.

/** Cheap test for a line that may need repairRun: most lines fail it. */
export const OCR_SUSPECT = /\d[OolI]|[OolI]\d|\b[lI]{2}\s|\b[OlI]{1,2}(?:st|nd|rd|th)\b|\d[ap]rn\b|rnber\b/;

const LOOKALIKE = /[OolI]/;
// A run of figures and look-alikes, perhaps a time ("1O.3O"), standing alone or before
// an ordinal ending or am/pm/hrs (also misread "arn"/"prn").
const RUN = /(?<![\p{L}\p{N}'’])[\dOolI]+(?:[.:][\dOolI]{2})?(?=(?:st|nd|rd|th|am|pm|arn|prn|hrs)?(?![\p{L}\p{N}]))/gu;
const MONTH = String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b`;
const MONTH_AFTER = new RegExp(String.raw`^(?:st|nd|rd|th)?,?\s+${MONTH}`, 'i');
const MONTH_BEFORE = new RegExp(String.raw`\b${MONTH}\s+$`, 'i');

const MERIDIEM = /^(?:am|pm|arn|prn)/i;
const ORDINAL = /^(?:st|nd|rd|th)(?![\p{L}\p{N}])/u;

/** The ordinal ending a day takes: 1st, 2nd, 3rd, 11th, 21st. */
const endingOf = (day: number): string =>
  day % 10 === 1 && day !== 11 ? 'st' : day % 10 === 2 && day !== 12 ? 'nd' : day % 10 === 3 && day !== 13 ? 'rd' : 'th';

function readsAsFigures(run: string, figures: string, before: string, after: string): boolean {
  const time = /^(\d{1,2})[.:](\d\d)$/.exec(figures);
  if (time) return Number(time[1]) <= 23 && Number(time[2]) <= 59;
  if (MERIDIEM.test(after)) return figures.length <= 2 && Number(figures) >= 1 && Number(figures) <= 12;
  if (figures.length >= 5) return true;
  if (figures.length === 4) return /^(?:19|20)\d\d$/.test(figures);
  if (figures.length === 3) return false;
  const day = Number(figures);
  if (day < 1 || day > 31) return false;
  // "3Oth", "2lst": a day with the ordinal ending its figures take reads as one, month or not.
  const ordinal = ORDINAL.exec(after)?.[0];
  if (ordinal !== undefined) {
    if (ordinal !== endingOf(day)) return false;
    if (/\d/.test(run)) return true;
  }
  return MONTH_AFTER.test(after) || MONTH_BEFORE.test(before);
}

/** The figures an OCR run of figures and look-alike letters stands for. */
export const asFigures = (run: string): string => run.replace(/[Oo]/g, '0').replace(/[lI]/g, '1');

/** The line with OCR look-alike letters read as the figures they stand for. */
export function repairOcr(text: string): string {
  return text
    .replace(RUN, (run: string, at: number) => {
      const after = text.slice(at + run.length);
      // Without a figure, only a day of two ("ll September") or one with its ordinal ending
      // ("lst October") can be told from a word.
      if (!LOOKALIKE.test(run) || !(/\d/.test(run) || (run.length === 2 && !/[Oo]/.test(run)) || (run.length <= 2 && ORDINAL.test(after)))) return run;
      const figures = asFigures(run);
      return readsAsFigures(run, figures, text.slice(0, at), after) ? figures : run;
    })
    .replace(/(\d)([ap])rn\b/g, '$1$2m')
    .replace(/\b(septe|nove|dece)rnber\b/gi, '$1mber');
}
