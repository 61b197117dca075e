import { ConfigError, parseConfig } from './config.ts';
import { startServer } from './main.ts';
import { writeDocs } from './docs/write-docs.ts';
import { simulateCommand } from './simulate/simulate-command.ts';

const usage = `Usage: opencec <command> [options]

Commands:
  start        Run the server (default port 8043) with the demo tenant on first start.
  simulate     Run a day (or a year) of a contact center in virtual time (docs/simulator.md):
                 --agents N --calls-per-hour R --aht SECONDS --patience SECONDS|none
                 --duration HOURS --seed K  |  --scenario FILE
                 --json (one JSON object)  --report FILE.html  --no-progress
  docs         Regenerate the derived documents (docs/coverage.md).

Options of start:
  --port N               HTTP port (OPENCEC_PORT, default 8043)
  --host ADDR            listen address (OPENCEC_HOST, default 0.0.0.0)
  --data-dir DIR         embedded store and files (OPENCEC_DATA_DIR, default ./data)
  --store URL            postgres://... for PostgreSQL, else a SQLite file (OPENCEC_STORE_URL)
  --tenant FILE          tenant file to create on first start (OPENCEC_TENANT_FILE)
  --clock real|virtual   virtual time moves only through POST /sim/v1/clock/advance (OPENCEC_CLOCK)
  --no-sim               disable the simulator's driver API /sim/v1 (OPENCEC_SIM=false)
  --no-flow-control      no query flow control (999-002) on the gateway (OPENCEC_FLOW_CONTROL=off)
  --seed N               seed of the engine's random choices (OPENCEC_SEED, default 1)
  --log-level LEVEL      trace|debug|info|warn|error (OPENCEC_LOG_LEVEL, default info)
  --public-host HOST     address reported to clients (OPENCEC_PUBLIC_HOST, default 127.0.0.1)
  --node-id N            node number 0-1023 (OPENCEC_NODE_ID, default 0)
  --guid-mode MODE       agent GUIDs: dynamic (rotate on the poll) or static (OPENCEC_GUID_MODE)
  --admin-password PW    system administrator (config login id 1) password (OPENCEC_ADMIN_PASSWORD)
  --global-ak AK         global AK of the CC-CMS interfaces (OPENCEC_GLOBAL_AK, default global-ak)
  --global-sk SK         its SK (OPENCEC_GLOBAL_SK, default global-sk)
  --cc-id N              call center id in the CC-CMS interfaces (OPENCEC_CC_ID, default 1)
  --mall-url URL         connected business software mall (OPENCEC_MALL_URL, default https://software.huawei.com)
  --mall-client-id ID    its client id (OPENCEC_MALL_CLIENT_ID, default opencec)
  --privacy-statement-id ID, --privacy-statement-url URL   the AICC privacy statement on the mall
  --imc-secret S         secret shared with the Huawei IMC callback (OPENCEC_IMC_SECRET, default imc-secret)
  --trial-access-codes A-B  access codes of one-click trial tenants (OPENCEC_TRIAL_ACCESS_CODES, default 4100-4199)

Cluster mode (README "Cluster", decision 1700; needs --store postgres://…):
  --bus redis://HOST:PORT  the cluster's Redis (OPENCEC_BUS_URL); without it, a single node
  --bus-prefix P           prefix of the cluster's Redis keys and channels (OPENCEC_BUS_PREFIX, default opencec:)
  --advertise-url URL      where other nodes reach this one (OPENCEC_ADVERTISE_URL,
                           default http://<public-host>:<port>)
  --lease-ttl-ms N         VDN lease TTL (OPENCEC_LEASE_TTL_MS, default 10000); takeover <= TTL + TTL/3 + recovery
`;

/** The `opencec` command line; returns the process exit code. */
export async function runCli(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'start':
        await startServer(parseConfig(rest));
        return 0;
      case 'simulate':
        return await simulateCommand(rest);
      case 'docs':
        for (const file of writeDocs()) process.stdout.write(`wrote ${file}\n`);
        return 0;
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        process.stdout.write(usage);
        return command === undefined ? 1 : 0;
      default:
        process.stderr.write(`unknown command ${command}\n\n${usage}`);
        return 1;
    }
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n\n${usage}`);
      return 2;
    }
    throw error;
  }
}
