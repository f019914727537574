// A bounded memo by a string key and an optional second string: two generations of up to
// `size` values each, so what was used recently stays and the rest is dropped a
// generation later. The second string spares a caller joining two strings into a key:
// a join copies both and the Map then hashes the copy.
export class RecentMemo<V> {
  private current = new Map<string, Slot<V>>();
  private previous = new Map<string, Slot<V>>();
  private count = 0;

  constructor(
    private readonly size: number,
    private readonly compute: (key: string, second: string | null) => V,
  ) {}

  get(key: string, second: string | null = null): V {
    let value = find(this.current.get(key), second);
    if (value !== undefined) return value;
    value = find(this.previous.get(key), second) ?? this.compute(key, second);
    if (this.count >= this.size) {
      this.previous = this.current;
      this.current = new Map();
      this.count = 0;
    }
    this.current.set(key, { second, value, next: this.current.get(key) });
    this.count++;
    return value;
  }
}

/** The values of one key, by second string. */
interface Slot<V> {
  second: string | null;
  value: V;
  next: Slot<V> | undefined;
}

function find<V>(slot: Slot<V> | undefined, second: string | null): V | undefined {
  for (; slot !== undefined; slot = slot.next) if (slot.second === second) return slot.value;
  return undefined;
}
