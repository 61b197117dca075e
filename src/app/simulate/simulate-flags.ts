import fs from 'node:fs';
import { ConfigError } from '../config.ts';
import { checkScenario, simpleScenario, type Scenario } from '../../sim/scenario.ts';

export interface SimulateFlags {
  scenario: Scenario;
  seed: number;
  json: boolean;
  reportFile: string | null;
  progress: boolean;
}

const numberFlags = ['agents', 'calls-per-hour', 'aht', 'duration', 'seed'] as const;

/**
 * `opencec simulate` options: the common case by flags (--agents, --calls-per-hour, --aht,
 * --patience SECONDS|none, --duration HOURS, --seed), or --scenario FILE; --json for machines,
 * --report FILE.html for charts, --no-progress to silence the progress bar.
 */
export function parseSimulateFlags(argv: readonly string[]): SimulateFlags {
  const values = new Map<string, string>();
  const switches = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new ConfigError(`unexpected argument ${arg}`);
    const [name, inline] = arg.slice(2).split(/=(.*)/s, 2) as [string, string | undefined];
    if (name === 'json' || name === 'no-progress') {
      switches.add(name);
      continue;
    }
    if (![...numberFlags, 'patience', 'scenario', 'report'].includes(name)) throw new ConfigError(`unknown option --${name}`);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new ConfigError(`--${name} needs a value`);
    values.set(name, value);
  }
  const number = (name: string, fallback: number, min: number, max: number): number => {
    const text = values.get(name);
    if (text === undefined) return fallback;
    const n = Number(text);
    if (!Number.isFinite(n) || n < min || n > max) throw new ConfigError(`--${name} must be a number in [${min}, ${max}], not ${text}`);
    return n;
  };
  const seed = Math.trunc(number('seed', 1, 0, 2 ** 32 - 1));
  let scenario: Scenario;
  const file = values.get('scenario');
  if (file) {
    try {
      scenario = checkScenario(JSON.parse(fs.readFileSync(file, 'utf8')));
    } catch (error) {
      throw new ConfigError(error instanceof Error ? error.message : String(error));
    }
  } else {
    const patience = values.get('patience');
    if (patience !== undefined && patience !== 'none' && !(Number(patience) > 0)) throw new ConfigError(`--patience must be a number of seconds or none, not ${patience}`);
    scenario = simpleScenario({
      agents: Math.trunc(number('agents', 14, 1, 50000)),
      callsPerHour: number('calls-per-hour', 200, 0, 1e7),
      ahtSeconds: number('aht', 180, 1, 86400),
      patienceSeconds: patience === undefined || patience === 'none' ? null : Number(patience),
      durationHours: number('duration', 8, 0.01, 24 * 366),
      seed,
    });
  }
  return {
    scenario,
    seed: values.has('seed') || scenario.seed === undefined ? seed : scenario.seed,
    json: switches.has('json'),
    reportFile: values.get('report') ?? null,
    progress: !switches.has('no-progress') && !switches.has('json'),
  };
}
