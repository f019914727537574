// What every fast path past chrono gives (plain-date.ts, month-only.ts, times.ts, and
// reads.ts's unread): for a window of text, exactly chrono's result, or undefined to
// leave the window to chrono. Anything a reader is not sure of, however harmless it
// looks, goes to chrono (tests/dates/fast/ checks each reader agrees with chrono).
import type { ParsedComponents } from 'chrono-node';

type Component = Parameters<ParsedComponents['isCertain']>[0];

/** The parts of chrono's result the dates stage reads. */
export interface DateComponents {
  isCertain(component: Component): boolean;
  get(component: Component): number | null;
}

export interface DateResult {
  index: number;
  text: string;
  start: DateComponents;
  end?: DateComponents | null;
}

/** The components a reading gives, null where the text gives none. */
export class Written implements DateComponents {
  constructor(
    readonly day: number | null,
    readonly month: number | null,
    readonly year: number | null,
    readonly weekday: number | null,
    readonly hour: number | null = null,
    readonly minute: number | null = null,
  ) {}

  /** The same day at a time. */
  at(hour: number, minute: number): Written {
    return new Written(this.day, this.month, this.year, this.weekday, hour, minute);
  }

  /** The same, in another year. */
  withYear(year: number | null): Written {
    return new Written(this.day, this.month, year, this.weekday, this.hour, this.minute);
  }

  /** The same, on another day of the month and with no weekday. */
  onDay(day: number): Written {
    return new Written(day, this.month, this.year, null, this.hour, this.minute);
  }

  isCertain(component: Component): boolean {
    return this.get(component) !== null;
  }

  get(component: Component): number | null {
    switch (component) {
      case 'day':
        return this.day;
      case 'month':
        return this.month;
      case 'year':
        return this.year;
      case 'weekday':
        return this.weekday;
      case 'hour':
        return this.hour;
      case 'minute':
        return this.minute;
      default:
        return null;
    }
  }
}
