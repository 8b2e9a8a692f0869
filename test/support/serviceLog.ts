import type { InProcessService } from './inProcessService';

/** One JSON log line of the in-process service, with the access line's fields. */
export interface LogLine {
  level: string;
  message: string;
  requestId?: string;
  clientRequestId?: string;
  method?: string;
  path?: string;
  status?: number;
  ms?: number;
}

/** The log lines written while fn ran (the access line is written when the answer is finished, so a short wait). */
export async function logOf(service: Pick<InProcessService, 'logLines'>, fn: () => Promise<unknown>): Promise<{ text: string; lines: LogLine[] }> {
  const from = service.logLines.length;
  await fn();
  await new Promise((resolve) => setTimeout(resolve, 100));
  const raw = service.logLines.slice(from);
  return { text: raw.join('\n'), lines: raw.map((line) => JSON.parse(line) as LogLine) };
}
