// The INPUT_* block of .env.example, for `npx @github/local-action run . src/main.ts .env` against the emulator.

const EMULATOR = 'http://127.0.0.1:8080';

/**
 * Where running against the emulator (`npx tsx emulator/cli.ts --port 8080`) needs a value other than action.yml's
 * default, or a word of warning. Every other input gets its action.yml default. A docs test checks these values
 * against the emulator's own constants.
 */
export const LOCAL_VALUES = {
  'region-id': { value: 'cn-hangzhou' },
  'container-group-id': {
    value: 'eci-emulator0000000001',
    note: "the emulator's running container group; it has the containers app, sidecar and logger."
  },
  'container-name': { value: 'app' },
  'image-repository': { value: 'registry.cn-hangzhou.aliyuncs.com/local/app' },
  'image-tag': { value: 'local' },
  'access-key-id': {
    value: 'LTAI5tEmulatorTestKey',
    note: "the emulator's test keys (emulator/credentials.ts): they work nowhere else."
  },
  'access-key-secret': { value: 'EmulatorSecretForLocalTestsOnly0' },
  'oidc-role-arn': {
    note: 'OIDC needs core.getIDToken, which @github/local-action does not provide: leave the oidc-* inputs empty.'
  },
  'sts-endpoint': { value: EMULATOR, note: 'the emulator answers STS calls too, so nothing leaves this machine.' },
  'wait-timeout': { value: '2m', note: 'an emulated commit takes seconds.' },
  'poll-interval': { value: '1s' },
  endpoint: { value: EMULATOR },
  'registry-endpoint': { value: EMULATOR, note: 'the emulator serves the registry too.' },
  'cr-endpoint': { value: EMULATOR }
};

const WIDTH = 120;

/** `# ` comment lines of at most WIDTH characters (a longer word gets a line of its own). */
function comment(text) {
  const lines = [];
  let line = '#';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '#' && line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  lines.push(line);
  return lines;
}

/** A dotenv value: bare when safe, else single-quoted (dotenv then takes it literally). */
function envValue(name, value) {
  if (/^[^\s#'"`\\]*$/.test(value)) return value;
  if (!/['\n]/.test(value)) return `'${value}'`;
  throw new Error(`.env.example: the value of ${name} cannot be written in a dotenv file: ${JSON.stringify(value)}`);
}

/** @param {ReturnType<typeof import('./action-metadata.mjs').loadAction>} action */
export function envExampleRegions(action) {
  const names = action.inputs.map((input) => input.name);
  const unknown = Object.keys(LOCAL_VALUES).filter((name) => !names.includes(name));
  if (unknown.length > 0) {
    throw new Error(`scripts/docs/env-example.mjs: LOCAL_VALUES names inputs action.yml lacks: ${unknown.join(', ')}`);
  }
  const blocks = action.inputs.map((input) => {
    const local = LOCAL_VALUES[input.name] ?? {};
    const value = local.value ?? input.default;
    const lines = comment(input.description);
    if (local.note) lines.push(...comment(`Locally: ${local.note}`));
    if (value !== input.default && input.default !== '') lines.push(...comment(`Default: ${input.default}.`));
    // The runner's name for it: INPUT_ and the name upper-cased, hyphens kept.
    lines.push(`INPUT_${input.name.toUpperCase()}=${envValue(input.name, value)}`);
    return lines.join('\n');
  });
  return { inputs: blocks.join('\n\n') };
}
