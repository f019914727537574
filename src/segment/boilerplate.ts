// Site chrome that scrapes carry around a bulletin: navigation blurbs and the standing
// intro paragraph. These are the website's fixed texts, not bulletin content; a line
// matching one is never an item.
const CHROME_PATTERNS = [
  /always on the look-?out for good ideas/i,
  /improvement plan for \S+ can be found here/i,
  /main headlines and highlights/i,
  /\bour friday update\b/i,
  // The standing greeting that opens each issue: "Welcome to this week's update."
  /^welcome to (?:this|the|our) (?:week['’]s |weekly |latest )?(?:update|bulletin)\b/i,
  /^(newsletters|updates|news|home|menu|skip to (main )?content)$/i,
];
// All of them as one pattern, so each line is scanned once: this runs on every line.
const CHROME = new RegExp(CHROME_PATTERNS.map((pattern) => pattern.source).join('|'), 'i');

/** "click on the main section icons", "use the section icons": asked only where its rare words stand, as one more alternative cost every line a third more. */
const ICONS = /(?:click on|use) the (?:main )?section icons/i;

export function isBoilerplate(text: string): boolean {
  return CHROME.test(text) || (/section icons/i.test(text) && ICONS.test(text));
}
