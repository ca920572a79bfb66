/** Command-line arguments of `npm run sim`, parsed without throwing. */
import type { ProfileName } from '../core/script/ast';

/** Output formats. */
export type OutputFormat = 'text' | 'json' | 'pcap';

/** What the command line asks for. */
export type CliRequest =
  | { readonly kind: 'help' }
  | { readonly kind: 'list' }
  | {
      readonly kind: 'run';
      /** Where the script comes from. */
      readonly source:
        { readonly scenario: string } | { readonly file: string } | { readonly inline: string };
      readonly format: OutputFormat;
      /** Write here instead of standard output. */
      readonly out?: string;
      /** Print absolute sequence numbers (text format). */
      readonly absolute: boolean;
      /** Print timers, arrivals and every rule (text format). */
      readonly verbose: boolean;
      /** Which endpoint's interface the pcap is captured at. */
      readonly capture: 'client' | 'server';
      /** Overrides prepended to the script. */
      readonly seed?: number;
      readonly profile?: ProfileName;
    };

/** A usage error with the message to print. */
export type CliError = { readonly kind: 'error'; readonly message: string };

export const USAGE = `Usage: npm run sim -- [--scenario NAME | --script FILE | -e "SCRIPT"] [options]

Runs two RFC 9293 endpoints over the simulated link and prints what happened.

Source (exactly one):
  --scenario NAME      a named scenario (--list shows them)
  --script FILE        a script file in the demo language (docs/script.md)
  -e, --eval SCRIPT    a script given inline; ';' separates commands

Options:
  --format text|json|pcap   output format (default text)
  -o, --out FILE            write to FILE instead of standard output (pcap needs it unless piped)
  --seed N                  override the script's seed
  --profile rfc9293|linux   override the script's behaviour profile
  --absolute                text: absolute sequence numbers instead of relative ones
  --verbose                 text: also timers, arrivals and every rule taken
  --capture client|server   pcap: the interface the capture is taken at (default client)
  --list                    list the named scenarios
  -h, --help                this help

Exit status: 0 when the script ran and every expect held; 1 on a script error or a failed expect;
2 on a usage error.`;

const FORMATS: readonly OutputFormat[] = ['text', 'json', 'pcap'];

/** Pure. Reads argv (without node and the script path). */
export function parseCliArgs(argv: readonly string[]): CliRequest | CliError {
  const err = (message: string): CliError => ({ kind: 'error', message });
  let scenario: string | undefined;
  let file: string | undefined;
  let inline: string | undefined;
  let format: OutputFormat = 'text';
  let out: string | undefined;
  let absolute = false;
  let verbose = false;
  let capture: 'client' | 'server' = 'client';
  let seed: number | undefined;
  let profile: ProfileName | undefined;
  let list = false;
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i] ?? '';
    const eq = raw.startsWith('--') ? raw.indexOf('=') : -1;
    const flag = eq > 0 ? raw.slice(0, eq) : raw;
    const inlineValue = eq > 0 ? raw.slice(eq + 1) : undefined;
    const value = (): string | CliError => {
      if (inlineValue !== undefined) return inlineValue;
      const v = argv[i + 1];
      if (v === undefined) return err(`${flag} needs a value`);
      i++;
      return v;
    };
    switch (flag) {
      case '-h':
      case '--help':
        return { kind: 'help' };
      case '--list':
        list = true;
        break;
      case '--scenario': {
        const v = value();
        if (typeof v !== 'string') return v;
        scenario = v;
        break;
      }
      case '--script': {
        const v = value();
        if (typeof v !== 'string') return v;
        file = v;
        break;
      }
      case '-e':
      case '--eval': {
        const v = value();
        if (typeof v !== 'string') return v;
        inline = v;
        break;
      }
      case '--format': {
        const v = value();
        if (typeof v !== 'string') return v;
        if (!(FORMATS as readonly string[]).includes(v))
          return err(`--format must be text, json or pcap, not "${v}"`);
        format = v as OutputFormat;
        break;
      }
      case '-o':
      case '--out': {
        const v = value();
        if (typeof v !== 'string') return v;
        out = v;
        break;
      }
      case '--seed': {
        const v = value();
        if (typeof v !== 'string') return v;
        if (!/^\d{1,10}$/.test(v) || Number(v) > 4294967295)
          return err(`--seed must be a whole number from 0 to 4294967295, not "${v}"`);
        seed = Number(v);
        break;
      }
      case '--profile': {
        const v = value();
        if (typeof v !== 'string') return v;
        if (v !== 'rfc9293' && v !== 'linux') return err(`--profile must be rfc9293 or linux, not "${v}"`);
        profile = v;
        break;
      }
      case '--capture': {
        const v = value();
        if (typeof v !== 'string') return v;
        if (v !== 'client' && v !== 'server') return err(`--capture must be client or server, not "${v}"`);
        capture = v;
        break;
      }
      case '--absolute':
        absolute = true;
        break;
      case '--verbose':
        verbose = true;
        break;
      default:
        return err(`unknown option "${raw}" (try --help)`);
    }
  }
  if (list) return { kind: 'list' };
  const given = [scenario, file, inline].filter((x) => x !== undefined).length;
  if (given === 0) return err('give a script: --scenario NAME, --script FILE or -e "SCRIPT" (try --help)');
  if (given > 1) return err('give only one of --scenario, --script and -e');
  const source =
    scenario !== undefined ? { scenario } : file !== undefined ? { file } : { inline: inline ?? '' };
  return {
    kind: 'run',
    source,
    format,
    absolute,
    verbose,
    capture,
    ...(out === undefined ? {} : { out }),
    ...(seed === undefined ? {} : { seed }),
    ...(profile === undefined ? {} : { profile }),
  };
}
