// Site chrome that scrapes carry around a bulletin: navigation blurbs and the standing
// intro paragraph. These are the website's fixed texts, not bulletin content; a line
// matching one is never an item.
const CHROME = [
  /click on the main section icons/i,
  /always on the look-?out for good ideas/i,
  /improvement plan for \S+ can be found here/i,
  /main headlines and highlights/i,
  /\bour friday update\b/i,
  /^(newsletters|updates|news|home|menu|skip to (main )?content)$/i,
];

export function isBoilerplate(text: string): boolean {
  return CHROME.some((pattern) => pattern.test(text));
}
