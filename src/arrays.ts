/**
 * Appends items one by one. `target.push(...items)` passes every item as an argument
 * and throws a RangeError past about 125,000 of them, which a huge page reaches.
 */
export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
