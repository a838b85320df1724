import type { ContainerState, ContainerStateRecord, GroupEvent } from '../model/debug-report.js';
import { untrusted } from '../model/untrusted.js';

/**
 * Reading the answers of the debug report's calls. Every field is remote text: made one safe line and bounded
 * (messages may be long), numbers only when they are numbers.
 */
const text = (value: unknown, max = 300): string | undefined =>
  typeof value === 'string' && value !== '' ? untrusted(value, max) : undefined;
const number = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** The SDK's model of a container state has the record's fields, each still remote text to read. */
type StateLike = ContainerStateRecord;

export function readState(state: StateLike | undefined): ContainerStateRecord {
  if (!state) return {};
  const record: ContainerStateRecord = {
    state: text(state.state, 40),
    reason: text(state.reason, 120),
    message: text(state.message),
    detailStatus: text(state.detailStatus, 120),
    exitCode: number(state.exitCode),
    signal: number(state.signal),
    startTime: text(state.startTime, 40),
    finishTime: text(state.finishTime, 40)
  };
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined));
}

export interface ContainerLike {
  name?: string;
  ready?: boolean;
  restartCount?: number;
  currentState?: StateLike;
  previousState?: StateLike;
}

export function readContainerState(container: ContainerLike): ContainerState {
  const previous = readState(container.previousState);
  return {
    name: text(container.name, 140) ?? '',
    ...(typeof container.ready === 'boolean' ? { ready: container.ready } : {}),
    restartCount: Math.max(0, Math.trunc(number(container.restartCount) ?? 0)),
    current: readState(container.currentState),
    // `{}` or empty strings: the container never restarted.
    ...(previous.state ? { previous } : {})
  };
}

/** DescribeContainerGroups' `Events[]` through the SDK's model. */
export function readGroupEvent(event: {
  type?: string;
  reason?: string;
  message?: string;
  count?: number;
  firstTimestamp?: string;
  lastTimestamp?: string;
}): GroupEvent {
  return compact({
    type: text(event.type, 40),
    reason: text(event.reason, 120),
    message: text(event.message),
    count: number(event.count),
    firstTimestamp: text(event.firstTimestamp, 40),
    lastTimestamp: text(event.lastTimestamp, 40)
  });
}

/** A key in PascalCase (the SDK's wire names) or lower camel case (seen in Alibaba's own examples). */
function field(object: unknown, name: string): unknown {
  if (!object || typeof object !== 'object') return undefined;
  const record = object as Record<string, unknown>;
  const lower = name[0].toLowerCase() + name.slice(1);
  return record[name] ?? record[lower];
}

/**
 * The events of one group in a raw DescribeContainerGroupEvents answer (`Data[].Events[]`), read in both
 * casings; undefined when the answer does not list the group (an unknown group, or a caller without permission).
 */
export function readGroupEventsAnswer(
  body: Record<string, unknown>,
  containerGroupId: string
): GroupEvent[] | undefined {
  const data = field(body, 'Data');
  if (!Array.isArray(data)) return undefined;
  const entry = data.find((item) => field(item, 'ContainerGroupId') === containerGroupId);
  if (!entry) return undefined;
  const events = field(entry, 'Events');
  if (!Array.isArray(events)) return [];
  return events.slice(0, MAX_EVENTS).map((event) => {
    const involved = field(event, 'InvolvedObject') ?? (event as Record<string, unknown>).involvedObject;
    return compact({
      type: text(field(event, 'Type'), 40),
      reason: text(field(event, 'Reason'), 120),
      message: text(field(event, 'Message')),
      count: number(field(event, 'Count')),
      firstTimestamp: text(field(event, 'FirstTimestamp'), 40),
      lastTimestamp: text(field(event, 'LastTimestamp'), 40),
      source: text(field(field(event, 'Source'), 'Component'), 80),
      object: text(field(involved, 'Kind'), 80)
    });
  });
}

/** ECI keeps the latest 50 events per group; an answer with more is not read further. */
export const MAX_EVENTS = 200;

function compact<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, value]) => value !== undefined)) as T;
}
