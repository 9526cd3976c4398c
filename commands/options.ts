import type { z } from 'zod';

/** One option of a command as its users see it: read from the command's zod schema. */
export interface OptionInfo {
  name: string;
  /** The `.describe()` text without its example. */
  description: string;
  /** The part after "e.g." in the `.describe()` text. */
  example?: string;
  required: boolean;
  type: 'string' | 'integer' | 'number' | 'boolean';
  /** The allowed values of an enum option. */
  choices?: string[];
  /** Shortest and longest text accepted, from the schema's `.min()` / `.max()`. */
  minLength?: number;
  maxLength?: number;
}

type Check = {
  _zod: { def: { check: string; format?: string; minimum?: number; maximum?: number } };
};
type Def = { type: string; innerType?: z.ZodType; checks?: Check[] };

export function describeOptions(schema: z.ZodObject): OptionInfo[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const zodField = field as z.ZodType;
    const { description, example } = splitExample(zodField.description ?? name);
    const inner = unwrap(zodField);
    const def = inner.def as unknown as Def;
    const choices =
      def.type === 'enum' ? (inner as unknown as z.ZodEnum).options.map(String) : undefined;
    const bound = (check: string) =>
      def.checks?.map((c) => c._zod.def).find((c) => c.check === check);
    const min = bound('min_length')?.minimum;
    const max = bound('max_length')?.maximum;
    return {
      name,
      description,
      ...(example ? { example } : {}),
      required: !zodField.safeParse(undefined).success,
      type: typeOf(def),
      ...(choices ? { choices } : {}),
      ...(min !== undefined ? { minLength: min } : {}),
      ...(max !== undefined ? { maxLength: max } : {}),
    };
  });
}

function unwrap(field: z.ZodType): z.ZodType {
  let current = field;
  for (
    let def = current.def as unknown as Def;
    def.innerType;
    def = current.def as unknown as Def
  ) {
    current = def.innerType;
  }
  return current;
}

function typeOf(def: Def): OptionInfo['type'] {
  if (def.type === 'boolean') return 'boolean';
  if (def.type !== 'number') return 'string';
  const integer = def.checks?.some((check) => check._zod.def.format === 'safeint');
  return integer ? 'integer' : 'number';
}

export function splitExample(text: string): { description: string; example?: string } {
  const match = /^(.*?),?\s+e\.g\.\s+(.+)$/s.exec(text);
  if (!match?.[1] || !match[2]) return { description: text };
  return { description: match[1], example: match[2] };
}
