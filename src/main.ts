import { ConfigError, loadConfig } from './config/config';
import { DatabaseUnavailableError } from './db/database';
import { MigrationError } from './db/migrations';
import { createLogging } from './logging/logger';
import { startService } from './service';

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`Synpunkt cannot start: ${err.message}\n`);
      process.exit(1);
    }
    throw err;
  }
  const logging = createLogging({ level: config.logLevel, json: config.isProduction });
  // Handlers before the start: until a process has a SIGTERM listener, the signal kills it outright, and a
  // supervisor may signal as soon as the service says it listens (or while it is still migrating).
  const started = startService(config, logging);
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logging.logger.info(`${signal}: stopping`);
    // A turn that never ends (a client holding its request open) must not keep the process from exiting:
    // the supervisor would otherwise SIGKILL it, with no line saying why.
    setTimeout(() => {
      logging.logger.error(`${signal}: requests still in flight after ${config.stopDeadlineSeconds} s; exiting anyway`);
      process.exit(1);
    }, config.stopDeadlineSeconds * 1000).unref();
    started
      .then((service) => service.close())
      .then(
        () => process.exit(0),
        (err: unknown) => {
          logging.logger.error('stopping failed', { error: err });
          process.exit(1);
        },
      );
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  try {
    await started;
  } catch (err) {
    const known = err instanceof DatabaseUnavailableError || err instanceof MigrationError;
    logging.logger.error(`Synpunkt cannot start: ${known ? (err as Error).message : 'unexpected error'}`, known ? {} : { error: err });
    process.exit(1);
  }
}

void main();
