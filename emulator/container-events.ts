/**
 * A container group's events, derived from its containers' histories (pulls, starts, back-offs, OOM kills) plus any
 * a test adds, and the two shapes they are answered in: DescribeContainerGroupEvents' `Data[].Events[]` and
 * DescribeContainerGroups' `ContainerGroups[].Events[]`.
 */
import { createHash } from 'node:crypto';
import {
  containerHistory,
  type ContainerDetail,
  type ContainerGroupStatus,
  type ContainerHistory
} from './container-states.js';
import { isoSeconds } from './time-format.js';

export const EVENT_SOURCES = ['EciService', 'K8sAgent'] as const;
export type EventSource = (typeof EVENT_SOURCES)[number];

/** An event a test adds to a group (its `events`). */
export interface GroupEventSpec {
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  count?: number;
  /** Default EciService. */
  source?: EventSource;
  /** Seconds after the group's creation of its first occurrence; default 60 plus its index. */
  firstAtSeconds?: number;
  /** Seconds after the group's creation of its last occurrence; default its first. */
  lastAtSeconds?: number;
}

export interface GroupEvent {
  /** The Kubernetes-style event name: `<group name>.<16 hex digits>`. */
  name: string;
  type: 'Normal' | 'Warning';
  reason: string;
  message: string;
  count: number;
  source: EventSource;
  firstAtMs: number;
  lastAtMs: number;
}

/** DescribeContainerGroupEvents answers the latest 50 events of each group by default (the API reference). */
export const EVENTS_PER_GROUP = 50;
/** Event keys as the SDK model reads them, or in lower camel case as the "custom events" page shows them. */
export type EventKeys = 'sdk' | 'lower-camel';

type Draft = Omit<GroupEvent, 'name'>;

function containerEvents(history: ContainerHistory, createdAtMs: number, groupName: string): Draft[] {
  const { name, image, runs, restartCount } = history;
  const at = (seconds: number): number => createdAtMs + seconds * 1000;
  const agent = (draft: Omit<Draft, 'source'>): Draft => ({ ...draft, source: 'K8sAgent' });
  const events: Draft[] = [
    agent({
      type: 'Normal',
      reason: 'Pulling',
      message: `Pulling image "${image}"`,
      count: 1,
      firstAtMs: at(1),
      lastAtMs: at(1)
    })
  ];
  if (history.scenario === 'image-pull-failed') {
    const failure = `Failed to pull image "${image}": rpc error: code = NotFound desc = manifest unknown`;
    events.push(
      agent({ type: 'Warning', reason: 'Failed', message: failure, count: 3, firstAtMs: at(2), lastAtMs: at(90) }),
      agent({
        type: 'Normal',
        reason: 'BackOff',
        message: `Back-off pulling image "${image}"`,
        count: 3,
        firstAtMs: at(3),
        lastAtMs: at(91)
      })
    );
    return events;
  }
  const [firstRun] = runs;
  const lastRun = runs[runs.length - 1];
  if (!firstRun || !lastRun) return events;
  events.push(
    agent({
      type: 'Normal',
      reason: 'Pulled',
      message: `Successfully pulled image "${image}"`,
      count: 1,
      firstAtMs: at(3),
      lastAtMs: at(3)
    }),
    agent({
      type: 'Normal',
      reason: 'Created',
      message: `Created container ${name}`,
      count: runs.length,
      firstAtMs: firstRun.startedAtMs,
      lastAtMs: lastRun.startedAtMs
    }),
    agent({
      type: 'Normal',
      reason: 'Started',
      message: `Started container ${name}`,
      count: runs.length,
      firstAtMs: firstRun.startedAtMs,
      lastAtMs: lastRun.startedAtMs
    })
  );
  const oomKilled = runs.filter((run) => run.reason === 'OOMKilled');
  const [firstOom] = oomKilled;
  const lastOom = oomKilled[oomKilled.length - 1];
  if (firstOom?.finishedAtMs !== undefined && lastOom?.finishedAtMs !== undefined) {
    events.push({
      type: 'Warning',
      reason: 'OOMKilled',
      message: 'Out of memory',
      count: oomKilled.length,
      source: 'EciService',
      firstAtMs: firstOom.finishedAtMs,
      lastAtMs: lastOom.finishedAtMs
    });
  }
  const restartedAfter = runs.slice(0, restartCount).filter((run) => run.finishedAtMs !== undefined);
  const [firstFailure] = restartedAfter;
  const lastFailure = history.scenario === 'crash-loop' ? lastRun : restartedAfter[restartedAfter.length - 1];
  if (restartCount > 0 && firstFailure?.finishedAtMs !== undefined && lastFailure?.finishedAtMs !== undefined) {
    events.push(
      agent({
        type: 'Warning',
        reason: 'BackOff',
        message: `Back-off restarting failed container ${name} in pod ${groupName}`,
        count: history.scenario === 'crash-loop' ? restartCount + 1 : restartCount,
        firstAtMs: firstFailure.finishedAtMs + 1000,
        lastAtMs: lastFailure.finishedAtMs + 1000
      })
    );
  }
  return events;
}

/** Every event of the group, oldest last occurrence first. */
/** What a group's events come from: its containers' histories and the events added to it. */
export interface EventfulGroup {
  status: ContainerGroupStatus;
  regionId: string;
  containers: string[];
  name?: string;
  containerDetails?: Record<string, ContainerDetail>;
  events?: GroupEventSpec[];
}

export function groupEvents(containerGroupId: string, group: EventfulGroup, createdAtMs: number): GroupEvent[] {
  const groupName = group.name ?? containerGroupId;
  const drafts = group.containers.flatMap((container) =>
    containerEvents(containerHistory(container, group, createdAtMs), createdAtMs, groupName)
  );
  for (const [index, spec] of (group.events ?? []).entries()) {
    const firstAtMs = createdAtMs + (spec.firstAtSeconds ?? 60 + index) * 1000;
    drafts.push({
      type: spec.type,
      reason: spec.reason,
      message: spec.message,
      count: spec.count ?? 1,
      source: spec.source ?? 'EciService',
      firstAtMs,
      lastAtMs: spec.lastAtSeconds === undefined ? firstAtMs : createdAtMs + spec.lastAtSeconds * 1000
    });
  }
  return drafts
    .map((draft, index) => ({
      ...draft,
      name: `${groupName}.${createHash('sha256').update(`${containerGroupId}/${index}/${draft.reason}`).digest('hex').slice(0, 16)}`
    }))
    .sort((a, b) => a.lastAtMs - b.lastAtMs || a.firstAtMs - b.firstAtMs);
}

/** The latest `limit` events, still oldest first. */
export function latestEvents(events: readonly GroupEvent[], limit = EVENTS_PER_GROUP): GroupEvent[] {
  return events.slice(Math.max(0, events.length - limit));
}

/** One event of DescribeContainerGroupEvents' `Data[].Events[]` (SDK model names: `involvedObject` is lower camel). */
export function describeGroupEvent(
  event: GroupEvent,
  group: { id: string; name: string },
  keys: EventKeys
): Record<string, unknown> {
  if (keys === 'lower-camel') {
    return {
      count: event.count,
      firstTimestamp: isoSeconds(event.firstAtMs),
      lastTimestamp: isoSeconds(event.lastAtMs),
      involvedObject: { apiVersion: 'v1', kind: 'Pod', name: group.name, namespace: 'default', uid: group.id },
      message: event.message,
      metadata: { name: event.name, namespace: 'default' },
      reason: event.reason,
      source: { component: event.source },
      type: event.type
    };
  }
  return {
    Count: event.count,
    Type: event.type,
    Reason: event.reason,
    Message: event.message,
    FirstTimestamp: isoSeconds(event.firstAtMs),
    LastTimestamp: isoSeconds(event.lastAtMs),
    Metadata: { Name: event.name, Namespace: 'default' },
    Source: { Component: event.source, Host: '' },
    ReportingComponent: '',
    ReportingInstance: '',
    involvedObject: { ApiVersion: 'v1', Kind: 'Pod', Name: group.name, Namespace: 'default', Uid: group.id }
  };
}

/** One event of DescribeContainerGroups' `ContainerGroups[].Events[]` (its own, smaller model). */
export function describeContainerGroupEvent(event: GroupEvent): Record<string, unknown> {
  return {
    Count: event.count,
    Type: event.type,
    Reason: event.reason,
    Message: event.message,
    Name: event.name,
    FirstTimestamp: isoSeconds(event.firstAtMs),
    LastTimestamp: isoSeconds(event.lastAtMs)
  };
}
