/**
 * Validates GitHub Actions workflows with GitHub's own parser (@actions/workflow-parser: schema, keys, expressions),
 * then checks what the parser leaves alone: the form of each `uses:`, the inputs passed to this action and to its
 * reusable workflow, and the outputs read from them.
 */
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { isMap, isSeq, parse as parseYaml, parseDocument, stringify } from 'yaml';
import { isRequired, loadAction, readText } from './support.js';

export interface Declared {
  required: boolean;
}

export interface WorkflowContract {
  /** This action's inputs and outputs (action.yml). */
  action: { inputs: Record<string, Declared>; outputs: string[] };
  /** The reusable workflow's workflow_call inputs, secrets and outputs. */
  reusable: { inputs: Record<string, Declared>; secrets: Record<string, Declared>; outputs: string[] };
}

/** `owner/repo[/path]@ref`, `./path` or `docker://image`: what GitHub accepts in a step's `uses:`. */
const STEP_USES =
  /^(?:\.\/\S*|docker:\/\/\S+|[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+(?:\/[^@\s]+)?@[A-Za-z0-9._/-]+)$/;
/** `owner/repo/.github/workflows/file.yml@ref` or `./.github/workflows/file.yml`: a job-level `uses:`. */
const JOB_USES =
  /^(?:\.\/\.github\/workflows\/[^/\s]+\.ya?ml|[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+\/\.github\/workflows\/[^/\s]+\.ya?ml@[A-Za-z0-9._/-]+)$/;

/** This action: `./` (from its own repository) or `<owner>/eci-commit-container@<ref>`. */
export const OUR_ACTION = /^(?:\.\/|[A-Za-z0-9][A-Za-z0-9-]*\/eci-commit-container@\S+)$/;
/** Its reusable workflow, from this repository or another one. */
export const OUR_REUSABLE_WORKFLOW =
  /^(?:\.\/|[A-Za-z0-9][A-Za-z0-9-]*\/eci-commit-container\/)\.github\/workflows\/commit-container\.ya?ml(?:@\S+)?$/;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every string inside `value`, however deep. */
function strings(value: Json | undefined): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (isObject(value)) return Object.values(value).flatMap(strings);
  return [];
}

function checkWith(
  where: string,
  given: Json | undefined,
  declared: Record<string, Declared>,
  what: string,
  problems: string[]
): void {
  const keys = isObject(given) ? Object.keys(given) : [];
  for (const key of keys) {
    if (!(key in declared)) problems.push(`${where}: ${what} '${key}' is not declared`);
  }
  for (const [name, { required }] of Object.entries(declared)) {
    if (required && !keys.includes(name)) problems.push(`${where}: required ${what} '${name}' is missing`);
  }
}

function checkOutputReferences(
  where: string,
  texts: string[],
  pattern: RegExp,
  owners: Map<string, string[]>,
  problems: string[]
): void {
  for (const text of texts) {
    for (const match of text.matchAll(pattern)) {
      const [, owner, output] = match;
      const outputs = owners.get(owner);
      if (outputs && !outputs.includes(output)) {
        problems.push(`${where}: '${match[0]}' is not an output (declared: ${outputs.join(', ')})`);
      }
    }
  }
}

/** The checks @actions/workflow-parser does not make, on the parsed YAML. */
function checkReferences(workflow: JsonObject, contract: WorkflowContract): string[] {
  const problems: string[] = [];
  const jobs = isObject(workflow.jobs) ? workflow.jobs : {};
  const reusableJobs = new Map<string, string[]>();
  for (const [jobId, job] of Object.entries(jobs)) {
    if (!isObject(job)) continue;
    if (typeof job.uses === 'string') {
      const where = `jobs.${jobId}.uses '${job.uses}'`;
      if (!JOB_USES.test(job.uses)) {
        problems.push(`${where}: not owner/repo/.github/workflows/<file>.yml@ref or ./.github/workflows/<file>.yml`);
      }
      if (OUR_REUSABLE_WORKFLOW.test(job.uses)) {
        reusableJobs.set(jobId, contract.reusable.outputs);
        checkWith(`jobs.${jobId}.with`, job.with, contract.reusable.inputs, 'input', problems);
        if (job.secrets !== 'inherit') {
          checkWith(`jobs.${jobId}.secrets`, job.secrets, contract.reusable.secrets, 'secret', problems);
        }
      }
    }
    const steps = Array.isArray(job.steps) ? job.steps : [];
    const ourSteps = new Map<string, string[]>();
    steps.forEach((step, index) => {
      if (!isObject(step) || typeof step.uses !== 'string') return;
      const where = `jobs.${jobId}.steps[${index}].uses '${step.uses}'`;
      if (!STEP_USES.test(step.uses)) {
        problems.push(`${where}: not owner/repo[/path]@ref, ./path or docker://image`);
      } else if (/\.github\/workflows\/[^/]+\.ya?ml(@|$)/.test(step.uses)) {
        problems.push(`${where}: a reusable workflow is called with a job-level uses:, not as a step`);
      }
      if (OUR_ACTION.test(step.uses)) {
        checkWith(`jobs.${jobId}.steps[${index}].with`, step.with, contract.action.inputs, 'input', problems);
        if (typeof step.id === 'string') ourSteps.set(step.id, contract.action.outputs);
      }
    });
    checkOutputReferences(
      `jobs.${jobId}`,
      strings(job),
      /steps\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g,
      ourSteps,
      problems
    );
  }
  checkOutputReferences(
    'jobs',
    strings(jobs),
    /needs\.([A-Za-z_][\w-]*)\.outputs\.([A-Za-z_][\w-]*)/g,
    reusableJobs,
    problems
  );
  return problems;
}

/** A README snippet as a workflow: a step list is wrapped into a one-job workflow; a workflow stays as it is. */
export function asWorkflow(text: string): { workflow?: string; problem?: string } {
  const document = parseDocument(text);
  if (document.errors.length > 0) return { problem: `YAML: ${document.errors[0].message.split('\n')[0]}` };
  if (isSeq(document.contents)) {
    const steps = document.toJS() as Json;
    return {
      workflow: stringify({ name: 'snippet', on: 'push', jobs: { snippet: { 'runs-on': 'ubuntu-latest', steps } } })
    };
  }
  if (isMap(document.contents) && document.get('jobs') !== undefined) return { workflow: text };
  return { problem: 'neither a complete workflow (with jobs:) nor a list of steps' };
}

/** All problems of one workflow file or snippet; [] when it is valid. */
export async function validateWorkflow(name: string, text: string, contract: WorkflowContract): Promise<string[]> {
  const { workflow, problem } = asWorkflow(text);
  if (problem || workflow === undefined) return [`${name}: ${problem}`];

  const parsed = parseWorkflow({ name, content: workflow }, new NoOperationTraceWriter());
  const problems = parsed.context.errors.getErrors().map((error) => error.message);
  if (parsed.value) {
    const template = await convertWorkflowTemplate(parsed.context, parsed.value);
    problems.push(...(template.errors ?? []).map((error) => error.Message));
  }
  problems.push(...checkReferences(parseYaml(workflow) as JsonObject, contract).map((text) => `${name}: ${text}`));
  return [...new Set(problems)];
}

export const REUSABLE_WORKFLOW_PATH = '.github/workflows/commit-container.yml';

interface WorkflowCall {
  inputs?: Record<string, { type?: string; required?: boolean; default?: unknown; description?: string }>;
  secrets?: Record<string, { required?: boolean; description?: string }>;
  outputs?: Record<string, { value?: string; description?: string }>;
}

/** The reusable workflow's `on.workflow_call` block. */
export function loadWorkflowCall(text = readText(REUSABLE_WORKFLOW_PATH)): WorkflowCall {
  const workflow = parseYaml(text) as { on?: { workflow_call?: WorkflowCall } };
  return workflow.on?.workflow_call ?? {};
}

/** What workflows may pass to and read from this action and its reusable workflow (by default, the repository's). */
export function loadContract(action = loadAction(), call = loadWorkflowCall()): WorkflowContract {
  const declared = (entries: Record<string, { required?: unknown }> | undefined): Record<string, Declared> =>
    Object.fromEntries(Object.entries(entries ?? {}).map(([name, entry]) => [name, { required: isRequired(entry) }]));
  return {
    action: { inputs: declared(action.inputs), outputs: Object.keys(action.outputs) },
    reusable: {
      inputs: declared(call.inputs),
      secrets: declared(call.secrets),
      outputs: Object.keys(call.outputs ?? {})
    }
  };
}
