import { jest } from '@jest/globals';
import { withActionDefaults } from './action-inputs.js';

/**
 * One stand-in for `@actions/core` in unit tests that run the orchestration in-process: it records what the step
 * logs, sets and fails with, instead of writing workflow commands. Use it with
 * `jest.unstable_mockModule('@actions/core', () => core)` before importing the module under test, or with
 * mockCoreAndSummary() where that code writes a job summary.
 */
export interface Recorded {
  lines: Array<{ level: 'debug' | 'info' | 'warning' | 'error' | 'notice'; text: string }>;
  outputs: Map<string, string>;
  /** Each setOutput call, in order (a value set twice appears twice). */
  outputCalls: Array<[string, string]>;
  secrets: string[];
  failed: string[];
  summary: string[];
  summariesWritten: number;
  /** The GITHUB_STEP_SUMMARY of the env each summary was written with. */
  summaryFiles: Array<string | undefined>;
}

export const recorded: Recorded = {
  lines: [],
  outputs: new Map(),
  outputCalls: [],
  secrets: [],
  failed: [],
  summary: [],
  summariesWritten: 0,
  summaryFiles: []
};

/**
 * What the stand-in answers with, set by a test: `inputs` are what getInput reads (as the runner's INPUT_*
 * variables), and `summaryWriteError`, when set, makes summary.write and summaryFile.appendJobSummary fail as they
 * do when the file cannot be written.
 */
export const standIn: { inputs: Record<string, string>; summaryWriteError?: Error } = { inputs: {} };

/** Forgets what was recorded and every answer set on `standIn`. */
export function resetRecorded(): void {
  standIn.inputs = {};
  delete standIn.summaryWriteError;
  recorded.lines.length = 0;
  recorded.outputs.clear();
  recorded.outputCalls.length = 0;
  recorded.secrets.length = 0;
  recorded.failed.length = 0;
  recorded.summary.length = 0;
  recorded.summariesWritten = 0;
  recorded.summaryFiles.length = 0;
}

/** The text of each line logged at `level`, in order. */
export const linesAt = (level: Recorded['lines'][number]['level']): string[] =>
  recorded.lines.filter((line) => line.level === level).map((line) => line.text);

const text = (message: unknown): string => (message instanceof Error ? message.message : String(message));

const summary = {
  addHeading(heading: string) {
    recorded.summary.push(`# ${heading}`);
    return summary;
  },
  addRaw(raw: string) {
    recorded.summary.push(raw);
    return summary;
  },
  addTable(rows: Array<Array<string | { data: string }>>) {
    for (const row of rows) {
      recorded.summary.push(row.map((cell) => (typeof cell === 'string' ? cell : cell.data)).join(' | '));
    }
    return summary;
  },
  addList(items: string[]) {
    recorded.summary.push(...items.map((item) => `- ${item}`));
    return summary;
  },
  async write() {
    if (standIn.summaryWriteError) throw standIn.summaryWriteError;
    recorded.summariesWritten++;
    return summary;
  },
  async clear() {
    recorded.summary.length = 0;
    return summary;
  }
};

export const core = {
  /** As core.getInput: trimmed unless trimWhitespace is false, and an error for a required input that is empty. */
  getInput: (name: string, options?: { required?: boolean; trimWhitespace?: boolean }): string => {
    // As the runner's INPUT_* variables: what the step's with: gives, else action.yml's default.
    const value = withActionDefaults(standIn.inputs)(name);
    if (options?.required && !value) throw new Error(`Input required and not supplied: ${name}`);
    return options?.trimWhitespace === false ? value : value.trim();
  },
  debug: (message: string) => recorded.lines.push({ level: 'debug', text: message }),
  info: (message: string) => recorded.lines.push({ level: 'info', text: message }),
  notice: (message: unknown) => recorded.lines.push({ level: 'notice', text: text(message) }),
  warning: (message: unknown) => recorded.lines.push({ level: 'warning', text: text(message) }),
  error: (message: unknown) => recorded.lines.push({ level: 'error', text: text(message) }),
  setSecret: (secret: string) => recorded.secrets.push(secret),
  setOutput: (name: string, value: unknown) => {
    recorded.outputs.set(name, String(value));
    recorded.outputCalls.push([name, String(value)]);
  },
  setFailed: (message: unknown) => recorded.failed.push(text(message)),
  group: async <T>(_name: string, fn: () => Promise<T>): Promise<T> => fn(),
  getIDToken: async (): Promise<string> => {
    throw new Error('no OIDC token in unit tests');
  },
  summary
};

/** Stands in for src/report/summary-file.ts: records what would be appended, as the core.summary stand-in does. */
export const summaryFile = {
  appendJobSummary(markdown: string, env: NodeJS.ProcessEnv): void {
    if (standIn.summaryWriteError) throw standIn.summaryWriteError;
    recorded.summary.push(markdown);
    recorded.summariesWritten++;
    recorded.summaryFiles.push(env.GITHUB_STEP_SUMMARY);
  }
};

/**
 * Mocks `@actions/core` with the stand-in, and the job summary file with summaryFile, for a test file whose code
 * writes a summary (main.js, report/summary.js). Call it before importing the module under test.
 */
export function mockCoreAndSummary(): void {
  jest.unstable_mockModule('@actions/core', () => core);
  // Resolved from this file, whose `jest` this is.
  jest.unstable_mockModule('../src/report/summary-file.js', () => summaryFile);
}
