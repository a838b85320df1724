// The reusable workflow's copy of the action's interface: workflow_call inputs, secrets and outputs, the job's
// outputs, and the step's `with:` that passes every input on to the action.
import { parse, stringify } from 'yaml';

/**
 * Inputs the workflow takes as `secrets:`, not `inputs:`: credentials, which a caller passes from its own secrets.
 * The runner masks a secret in the called workflow's logs; it would not mask an input.
 */
export const SECRET_INPUTS = ['access-key-id', 'access-key-secret', 'security-token', 'registry-password'];

/** This action as a step's `uses:`: from its own repository (./) or as <owner>/eci-commit-container@<ref>. */
const OUR_ACTION = /^(?:\.\/|[A-Za-z0-9][A-Za-z0-9-]*\/eci-commit-container@\S+)$/;

/** workflow_call inputs are typed: an action.yml default of true/false makes a boolean, digits a number. */
function typed(input) {
  if (/^(true|false)$/.test(input.default)) return { type: 'boolean', default: input.default === 'true' };
  if (/^\d+$/.test(input.default)) return { type: 'number', default: Number(input.default) };
  return { type: 'string', default: input.default };
}

/** The job and the step that run the action: the `jobs.<job>.outputs` and `steps.<step>.outputs` names. */
function actionStep(path, text) {
  const jobs = parse(text)?.jobs ?? {};
  for (const [jobId, job] of Object.entries(jobs)) {
    const step = (job?.steps ?? []).find((candidate) => OUR_ACTION.test(String(candidate?.uses ?? '')));
    if (!step) continue;
    if (typeof step.id !== 'string')
      throw new Error(`${path}: the step of job ${jobId} that runs the action has no id`);
    return { jobId, stepId: step.id };
  }
  throw new Error(`${path}: no job has a step that uses the action (<owner>/eci-commit-container@<ref>)`);
}

const yaml = (value) => stringify(value, { lineWidth: 0 }).replace(/\n$/, '');

/** @param {ReturnType<typeof import('./action-metadata.mjs').loadAction>} action */
export function workflowRegions(action, text, path) {
  const names = action.inputs.map((input) => input.name);
  const unknown = SECRET_INPUTS.filter((name) => !names.includes(name));
  if (unknown.length > 0) {
    throw new Error(
      `scripts/docs/reusable-workflow.mjs: SECRET_INPUTS names inputs action.yml lacks: ${unknown.join(', ')}`
    );
  }
  const { jobId, stepId } = actionStep(path, text);
  const isSecret = (input) => SECRET_INPUTS.includes(input.name);
  const inputs = action.inputs.filter((input) => !isSecret(input));
  const secrets = action.inputs.filter(isSecret);
  return {
    inputs: yaml(
      Object.fromEntries(
        inputs.map((input) => {
          const { type, default: fallback } = typed(input);
          const declared = { description: input.description, type };
          return [input.name, input.required ? { ...declared, required: true } : { ...declared, default: fallback }];
        })
      )
    ),
    secrets: yaml(
      Object.fromEntries(
        secrets.map((input) => [input.name, { description: input.description, required: input.required }])
      )
    ),
    outputs: yaml(
      Object.fromEntries(
        action.outputs.map((output) => [
          output.name,
          { description: output.description, value: `\${{ jobs.${jobId}.outputs.${output.name} }}` }
        ])
      )
    ),
    'job-outputs': action.outputs
      .map((output) => `${output.name}: \${{ steps.${stepId}.outputs.${output.name} }}`)
      .join('\n'),
    with: action.inputs
      .map((input) => `${input.name}: \${{ ${isSecret(input) ? 'secrets' : 'inputs'}.${input.name} }}`)
      .join('\n')
  };
}
