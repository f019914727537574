// People an entry refers readers to: "please contact Jo Bloggs (details below)".
import { isPersonName } from './contacts.js';

const REFERRAL = /\bcontact(?:ing)?\s+((?:(?:Dr|Mr|Mrs|Ms|Miss|Prof)\.?\s+)?\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/gu;

export function findReferrals(texts: string[]): string[] {
  const names = new Set<string>();
  for (const text of texts) {
    // REFERRAL needs "contact" as written, which a plain search rules out on most lines;
    // exec on the one global pattern, as matchAll would copy the pattern for every line.
    if (!text.includes('contact')) continue;
    for (let match = REFERRAL.exec(text); match; match = REFERRAL.exec(text)) {
      const name = match[1]!;
      if (isPersonName(name) && !/^(the|our|your|their|this)\b/i.test(name)) names.add(name);
    }
  }
  return [...names];
}
