// A check that a document already conforms to a zod schema, built from the schema's own
// definition, so the schema stays the single source of what is valid. zod's parse builds
// a copy of the document as it checks, value by value (about a sixth of all that a
// 2,000-issue run allocates); this only reads. It answers yes only where zod would accept
// the value and return a copy that prints as the same JSON: every object's keys exactly
// the schema's, in the schema's order. Anything else is left to zod (src/api.ts).
//
// Only the schema kinds and checks src/schema.ts uses are known here; any other makes
// building the check throw, so a schema change cannot pass values unchecked.
import type * as z from 'zod/mini';

type Check = (value: unknown) => boolean;

/** The parts of zod's definitions read here (zod/v4/core: `schema._zod.def`). */
interface Def {
  type: string;
  format?: string;
  checks?: Array<{ _zod: { def: CheckDef } }>;
  shape?: Record<string, z.ZodMiniType>;
  element?: z.ZodMiniType;
  innerType?: z.ZodMiniType;
  entries?: Record<string, string | number>;
  values?: unknown[];
  pattern?: RegExp;
}

interface CheckDef {
  check: string;
  format?: string;
  pattern?: RegExp;
  minimum?: number;
  value?: number;
  inclusive?: boolean;
}

const defOf = (schema: z.ZodMiniType): Def => (schema as unknown as { _zod: { def: Def } })._zod.def;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const matches = (pattern: RegExp): Check => {
  // A sticky or global pattern keeps state between tests; zod's are neither.
  if (pattern.global || pattern.sticky) throw new Error(`conforms: stateful pattern ${pattern}`);
  return (value) => pattern.test(value as string);
};

/** One refinement zod runs after the kind's own test. */
function refinement(def: CheckDef): Check | null {
  switch (def.check) {
    case 'describe':
      return null;
    case 'min_length': {
      const minimum = def.minimum ?? 0;
      return (value) => (value as { length: number }).length >= minimum;
    }
    case 'greater_than': {
      const bound = def.value ?? 0;
      return def.inclusive ? (value) => (value as number) >= bound : (value) => (value as number) > bound;
    }
    case 'string_format':
      if (def.pattern) return matches(def.pattern);
      break;
  }
  throw new Error(`conforms: unknown zod check "${def.check}${def.format ? `:${def.format}` : ''}"`);
}

/** The kind's own test: what zod checks before the refinements. */
function kind(def: Def): Check {
  switch (def.type) {
    case 'string':
      if (def.format === undefined) return (value) => typeof value === 'string';
      if (def.pattern) {
        const format = matches(def.pattern);
        return (value) => typeof value === 'string' && format(value);
      }
      break;
    case 'number':
      if (def.format === 'safeint') return (value) => Number.isSafeInteger(value);
      break;
    case 'boolean':
      return (value) => typeof value === 'boolean';
    case 'literal': {
      const values = def.values ?? [];
      return (value) => values.includes(value);
    }
    case 'enum': {
      const values = new Set(Object.values(def.entries ?? {}));
      return (value) => values.has(value as string);
    }
    case 'nullable': {
      const inner = conforms(def.innerType as z.ZodMiniType);
      return (value) => value === null || inner(value);
    }
    case 'array': {
      const element = conforms(def.element as z.ZodMiniType);
      return (value) => {
        if (!Array.isArray(value)) return false;
        for (let i = 0; i < value.length; i++) if (!element(value[i])) return false;
        return true;
      };
    }
    case 'object': {
      const keys = Object.keys(def.shape ?? {});
      const fields = keys.map((key) => conforms((def.shape as Record<string, z.ZodMiniType>)[key] as z.ZodMiniType));
      return (value) => {
        if (!isRecord(value)) return false;
        // The keys in the schema's order and no others: zod's copy would have exactly these.
        let k = 0;
        for (const key in value) if (key !== keys[k++]) return false;
        if (k !== keys.length) return false;
        for (let i = 0; i < keys.length; i++) if (!(fields[i] as Check)(value[keys[i] as string])) return false;
        return true;
      };
    }
  }
  throw new Error(`conforms: unknown zod schema kind "${def.type}${def.format ? `:${def.format}` : ''}"`);
}

/** A test of whether a value conforms to `schema` exactly as zod would print it. */
export function conforms(schema: z.ZodMiniType): Check {
  const def = defOf(schema);
  const own = kind(def);
  const refinements = (def.checks ?? []).map((c) => refinement(c._zod.def)).filter((c): c is Check => c !== null);
  if (refinements.length === 0) return own;
  return (value) => {
    if (!own(value)) return false;
    for (const refine of refinements) if (!refine(value)) return false;
    return true;
  };
}
