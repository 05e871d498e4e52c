/** Command-line arguments of `clipdesk`: global options, a command, its options and operands. */
export interface CliArgs {
  command: string | null;
  archive: string | null;
  json: boolean;
  /** Repeatable options by name (`--tag a --tag b`), in order. */
  options: Map<string, string[]>;
  flags: Set<string>;
  operands: string[];
}

export class UsageError extends Error {}

/** Options that take a value; every other `--name` is a flag. */
const VALUED = new Set(['archive', 'tag', 'limit', 'out', 'paper', 'sort', 'count', 'seed', 'offset', 'title', 'subtitle', 'query', 'prepared-by', 'order', 'margins', 'same-article']);

/**
 * A small parser rather than node:util's parseArgs: `clipdesk tag 3 +korea -draft` needs operands
 * that begin with "-" or "+", which parseArgs would read as options.
 */
export function parseCliArgs(argv: string[]): CliArgs {
  const out: CliArgs = { command: null, archive: null, json: false, options: new Map(), flags: new Set(), operands: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      out.operands.push(...argv.slice(i + 1));
      break;
    }
    const long = /^--([a-z][a-z-]*)(?:=(.*))?$/.exec(arg);
    if (long) {
      const name = long[1]!;
      let value = long[2];
      if (VALUED.has(name)) {
        if (value === undefined) {
          value = argv[++i];
          if (value === undefined) throw new UsageError(`--${name} needs a value.`);
        }
        if (name === 'archive') out.archive = value;
        else out.options.set(name, [...(out.options.get(name) ?? []), value]);
      } else if (name === 'json') out.json = true;
      else out.flags.add(name);
      continue;
    }
    if (out.command === null) out.command = arg;
    else out.operands.push(arg);
  }
  return out;
}

export function optionValue(args: CliArgs, name: string): string | undefined {
  const values = args.options.get(name);
  return values?.[values.length - 1];
}

export function positiveInt(text: string | undefined, what: string, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${what} must be a whole number above 0, not "${text}".`);
  return n;
}
