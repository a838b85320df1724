/** Where a step writes what a user or a later step can read. */
export type RunChannel = 'stdout' | 'stderr' | 'outputs' | 'summary' | 'GITHUB_STATE' | 'GITHUB_ENV' | 'GITHUB_PATH';

/** A secret value and what it is, e.g. `{ kind: 'security-token input', value: 'CAIS...' }`. */
export interface SecretValue {
  kind: string;
  value: string;
  /**
   * A value a library prints itself under a debug setting (NODE_DEBUG=http prints @actions/core's Bearer header):
   * it may show in stdout and stderr if the step masked it (an `::add-mask::` line), as the runner then hides it.
   */
  maskSuffices?: boolean;
}

/** The Basic authorization value of `user:password`, as it goes on the wire. */
export function basicForm(username: string, password: string): string {
  return Buffer.from(`${username}:${password}`).toString('base64');
}

/**
 * The secrets a step derives from its inputs and environment: the Basic form of registry-username and
 * registry-password, a proxy's password (as given and URL-decoded) and Basic form, and the runner's OIDC request
 * token.
 */
export function derivedSecrets(inputs: Record<string, string>, env: Record<string, string>): SecretValue[] {
  const secrets: SecretValue[] = [];
  const [username, password] = [inputs['registry-username'] ?? '', inputs['registry-password'] ?? ''];
  if (username && password) {
    secrets.push({ kind: 'registry-password input (Basic form)', value: basicForm(username, password) });
  }
  for (const name of ['https_proxy', 'HTTPS_PROXY', 'http_proxy', 'HTTP_PROXY']) {
    if (!env[name]) continue;
    // Read by hand, not with URL: a malformed proxy URL (a port out of range) still carries its password.
    const userInfo = /^(?:[a-z][a-z0-9+.-]*:\/\/)?([^:@/]*):([^@/]*)@/i.exec(env[name].trim());
    if (!userInfo?.[2]) continue;
    const decode = (text: string): string => {
      try {
        return decodeURIComponent(text);
      } catch {
        return text;
      }
    };
    const decoded = [decode(userInfo[1]), decode(userInfo[2])];
    secrets.push(
      { kind: `${name} password`, value: userInfo[2] },
      { kind: `${name} password (URL-decoded)`, value: decoded[1] },
      { kind: `${name} credentials (Basic form)`, value: basicForm(decoded[0], decoded[1]) }
    );
  }
  if (env.ACTIONS_ID_TOKEN_REQUEST_TOKEN) {
    secrets.push({
      kind: 'ACTIONS_ID_TOKEN_REQUEST_TOKEN env',
      value: env.ACTIONS_ID_TOKEN_REQUEST_TOKEN,
      maskSuffices: true
    });
  }
  return secrets;
}

/** The values the step masked: what its `::add-mask::` lines carry. */
function maskedValues(stdout: string): Set<string> {
  return new Set(
    stdout
      .split('\n')
      .filter((line) => line.startsWith('::add-mask::'))
      .map((line) => line.slice('::add-mask::'.length))
  );
}

/** A run that ended, as the secret scan needs it. */
export interface FinishedRun {
  /** Raw text by channel: stdout still holds its `::add-mask::` lines. */
  written: Record<RunChannel, string>;
  /** Everything the step wrote, as ActionResult.everything has it. */
  everything: string;
  /** The secret values handed to the step by its inputs and environment. */
  secrets: SecretValue[];
}

/** What the runner would show: the log without the `::add-mask::` commands that hide secrets from it. */
export function visibleLog(text: string): string {
  return text
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}

/** Only these two are command channels, where `::add-mask::` lines legitimately carry a secret to the runner. */
const COMMAND_CHANNELS: ReadonlySet<RunChannel> = new Set(['stdout', 'stderr']);

export interface Leak {
  /** What the secret was, e.g. `STS SecurityToken`. */
  kind: string;
  /** Where the step wrote it: stdout, stderr, outputs, summary, GITHUB_STATE, GITHUB_ENV or GITHUB_PATH. */
  where: RunChannel;
  /** 1-based position of the run among those scanned. */
  run: number;
  /** Up to 80 characters either side of its first occurrence, within its line. */
  line: string;
}

/** The forms a secret takes when a log line, a URL, JSON or a workflow command carries it. */
function encodings(value: string): string[] {
  const forms = new Set([
    value,
    encodeURIComponent(value),
    JSON.stringify(value).slice(1, -1),
    value.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
  ]);
  return [...forms];
}

/**
 * Every place a secret value shows in what the runs wrote. Each run is checked against its own secrets (its
 * credential inputs and environment) and `shared` ones (e.g. what the emulator issued or saw).
 */
export function findLeakedSecrets(runs: readonly FinishedRun[], shared: readonly SecretValue[] = []): Leak[] {
  const leaks: Leak[] = [];
  runs.forEach((run, index) => {
    const secrets = [...run.secrets, ...shared].filter((secret) => secret.value.trim() !== '');
    const masked = maskedValues(run.written.stdout);
    for (const [where, raw] of Object.entries(run.written) as Array<[RunChannel, string]>) {
      const text = COMMAND_CHANNELS.has(where) ? visibleLog(raw) : raw;
      for (const secret of secrets) {
        if (secret.maskSuffices && COMMAND_CHANNELS.has(where) && masked.has(secret.value)) continue;
        const form = encodings(secret.value).find((candidate) => text.includes(candidate));
        if (form === undefined) continue;
        const line = text.split('\n').find((candidate) => candidate.includes(form)) ?? '';
        const at = line.indexOf(form);
        const excerpt = line.slice(Math.max(0, at - 80), at + form.length + 80);
        leaks.push({ kind: secret.kind, where, run: index + 1, line: excerpt });
      }
    }
  });
  return leaks;
}

/** Throws, naming each secret kind and where it showed, when any run leaked one. */
export function assertNoLeakedSecrets(runs: readonly FinishedRun[], shared: readonly SecretValue[] = []): void {
  const leaks = findLeakedSecrets(runs, shared);
  if (leaks.length === 0) return;
  const lines = leaks.map(
    (leak) => `- ${leak.kind} in ${leak.where} (run ${leak.run} of ${runs.length}): ${leak.line}`
  );
  throw new Error(`The action wrote secrets where a user or a later step can read them:\n${lines.join('\n')}`);
}

/**
 * The secrets that show in texts a step left elsewhere than its channels (files it wrote, a comment it posted), by
 * the name given to each text: `[]` when none does.
 */
export function leaksInTexts(
  texts: Record<string, string>,
  secrets: readonly SecretValue[]
): Array<{ kind: string; where: string }> {
  return Object.entries(texts).flatMap(([where, text]) =>
    secrets
      .filter((secret) => secret.value.trim() !== '' && encodings(secret.value).some((form) => text.includes(form)))
      .map((secret) => ({ kind: secret.kind, where }))
  );
}
