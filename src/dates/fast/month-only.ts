// A window whose only date word is one month's name, read as chrono's ENMonthNameParser
// reads it; a fast path past chrono, exactly as result.ts says.
import { monthNumber } from '../calendar.js';
import { MONTH_READ, OTHER_READ, takesZone, unquiet } from './reads.js';
import { Written, type DateResult } from './result.js';

/** What the month-first parser reads past a month as its day: "5 June second" is 2 June to chrono, "5 June, 6 July" 6 June. */
export const ORDINAL_AFTER =
  /^\.?(?:[-/]|\s*,?\s*)(?:\d|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|twenty|thirtieth|thirty)/i;

// chrono's ENMonthNameParser, for text without digits (so without its year): the month
// names and abbreviations of its dictionary, longest first as its pattern has them.
const MONTH_NAMES = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'];
const MONTH_ALTERNATIVES = [...MONTH_NAMES, ...MONTH_ABBREVIATIONS.flatMap((a) => [a, `${a}.`])]
  .map((word, order) => ({ word, order }))
  .sort((a, b) => b.word.length - a.word.length || a.order - b.order)
  .map(({ word }) => word.replace('.', '\\.'));
const MONTH_NAME = new RegExp(`(\\W|^)((?:in)\\s*)?(${MONTH_ALTERNATIVES.join('|')})\\s*(?:(?:,|-|of)?\\s*((?:19|2\\d)\\d\\d)?)?(?=[^\\s\\w]|\\s+[^0-9]|\\s+$|$)`, 'i');
/**
 * A year after a month, where the month parser reads it ("March 2020", "June, 2021",
 * "May of 2020"), and not an era after it (its "2020 BE" is 1477).
 */
const YEAR_AFTER = /^\.?\s*(?:(?:,|-|of)?\s*)(?:19|2\d)\d\d(?=[^\s\w]|\s+[^0-9]|\s+$|$)(?!\s{0,2}(?:be|ad|bc|ce))/i;
const MONTH_READS = new RegExp(MONTH_READ, 'gi');
/** The first month word a month parser reads in `text` at or after `from`, or null. */
export function monthReadFrom(text: string, from: number): RegExpExecArray | null {
  MONTH_READS.lastIndex = from;
  const month = MONTH_READS.exec(text);
  MONTH_READS.lastIndex = 0;
  return month;
}
const OTHER_READS = new RegExp(`\\d|${OTHER_READ}`, 'i');
/** ENEndOfPeriodRefiner's prefix: the end of a month is a day of it. */
const END_OF = /(?:last\s+day|end)\s+of\s+(?:the\s+)?$/i;

/**
 * chrono's reading of a window whose only date word is one month's name ("in December",
 * "may wish", "in March 2020"): the month, or nothing for a "may" not after "in";
 * undefined when anything else in it could be read (digits, a weekday, a part of the day,
 * an ordinal after the month, "end of" before it, a time zone after it).
 */
export function monthOnly(text: string): DateResult[] | undefined {
  const months = [...text.matchAll(MONTH_READS)];
  const [month] = months;
  if (!month || months.length > 1) return undefined;
  // Its year is no other reading: look past it.
  const from = month.index + month[0].length;
  const year = YEAR_AFTER.exec(text.slice(from))?.[0];
  const rest = year ? `${year.slice(0, -4)}####${text.slice(from + year.length)}` : text.slice(from);
  if (OTHER_READS.test(unquiet(text.slice(0, from) + rest, true)) || ORDINAL_AFTER.test(rest)) return undefined;
  const match = MONTH_NAME.exec(text);
  if (!match) return [];
  const [written, boundary = '', prefix = '', word = '', yearText] = match;
  const at = match.index + boundary.length;
  // The parser drops a bare abbreviation ("Jan", but not "in Jan" or "Jan.").
  if (written.length - boundary.length <= 3 && !MONTH_NAMES.includes(word.toLowerCase())) return [];
  const index = at + prefix.length;
  const end = match.index + written.length;
  const before = text.slice(0, index);
  const after = text.slice(end);
  if (END_OF.test(before) || takesZone(after, false)) return undefined;
  const monthText = text.slice(index, end);
  // ENUnlikelyFormatFilter: "may" is the month only after "in", or as all the text.
  const trimmed = monthText.trim();
  if (trimmed.toLowerCase() === 'may' && trimmed !== text.trim() && !/\b(in)$/i.test(before.trim())) return [];
  return [{ index, text: monthText, start: new Written(null, monthNumber(word), yearText ? Number(yearText) : null, null) }];
}
