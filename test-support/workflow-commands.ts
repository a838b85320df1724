/**
 * Reads a step's stdout the way the GitHub runner does, to see which workflow commands it would carry out. A line
 * whose text (leading spaces trimmed) starts with `::name[ properties]::value` is a command; so is a legacy
 * `##[name[ properties]]value` anywhere in a line. After `::stop-commands::<token>` nothing is a command until a
 * line `::<token>::`. What the runner would execute is exactly what this returns.
 */
export interface WorkflowCommand {
  name: string;
  properties: string;
  value: string;
  /** The stdout line it came from. */
  line: string;
}

const V2_COMMAND = /^::([^\s:]+)(?: ([^]*?))?::([^]*)$/;
const LEGACY_COMMAND = /##\[([^\s\]]+)(?: ([^\]]*))?\]([^]*)$/;

export function executedCommands(stdout: string): WorkflowCommand[] {
  const executed: WorkflowCommand[] = [];
  let resumeToken: string | undefined;
  for (const line of stdout.split(/\r?\n/)) {
    const text = line.trimStart();
    if (resumeToken !== undefined) {
      if (text === `::${resumeToken}::`) resumeToken = undefined;
      continue;
    }
    const match = V2_COMMAND.exec(text) ?? LEGACY_COMMAND.exec(line);
    if (!match) continue;
    const command = { name: match[1], properties: match[2] ?? '', value: match[3], line };
    executed.push(command);
    if (command.name === 'stop-commands') resumeToken = command.value;
  }
  return executed;
}
