import * as prng from 'lib0/prng';
import { addPerson, createMeeting, migrateWorkspace } from '../../shared/model';
import { deleteSetDifference, findDivergence } from './convergence';
import { seedRandomSource } from './deterministic-random';
import { newRunHistory, type RunHistory } from './history';
import { checkInvariants } from './invariants';
import { FuzzNetwork } from './network';
import { runRandomOperation } from './operations';

export interface FuzzOptions {
  /** Devices editing the workspace. */
  replicas: number;
  /** Domain operations in one run, spread over the replicas at random. */
  operations: number;
}

export const DEFAULT_FUZZ_OPTIONS: FuzzOptions = { replicas: 5, operations: 60 };

export interface FuzzResult {
  seed: number;
  /** Empty when the run converged and every invariant held. */
  problems: string[];
  /** The operations, for reading a failure. */
  log: string[];
  /** Converged, with delete sets that differ in formatting markers only (deleteSetDifference). */
  deleteSetsDiffer: boolean;
}

const START = Date.UTC(2026, 0, 5, 9);

/** One device sets up the workspace (people, two meetings) and everyone syncs, as on joining. */
function setUp(network: FuzzNetwork): void {
  const workspace = network.replicas[0]!.workspace;
  const now = new Date(START);
  migrateWorkspace(workspace);
  for (const name of ['Ann Ames', 'Bob Bell', 'Cat Cole']) addPerson(workspace, { name });
  for (const date of ['2026-01-12', '2026-02-09'])
    createMeeting(
      workspace,
      {
        title: 'Steering group',
        date,
        startTime: '10:00',
        endTime: '11:30',
        venueKind: 'room',
        venue: '',
      },
      now,
    );
  network.healAndSync();
  for (const replica of network.replicas) migrateWorkspace(replica.workspace);
}

/** Between operations the network delivers, drops links, partitions and heals, at random. */
function disturbNetwork(gen: prng.PRNG, network: FuzzNetwork): void {
  const choice = prng.int32(gen, 0, 99);
  if (choice < 45) {
    for (let i = prng.int32(gen, 0, 3); i > 0; i--) network.deliverOne();
  } else if (choice < 52) {
    network.disconnect(network.randomReplica(), network.randomReplica());
  } else if (choice < 55) {
    network.partition();
  } else if (choice < 63) {
    network.connect(network.randomReplica(), network.randomReplica());
  } else if (choice < 65) {
    network.replicas.forEach((_, a) => network.replicas.forEach((_, b) => network.connect(a, b)));
  }
}

function operate(gen: prng.PRNG, network: FuzzNetwork, history: RunHistory, step: number): void {
  const replica = network.replicas[network.randomReplica()]!;
  const now = new Date(START + (step + 1) * 60_000);
  try {
    const done = runRandomOperation({ gen, replica, now, history });
    history.log.push(`${step}: replica ${replica.index}: ${done ?? 'nothing applied'}`);
  } catch (error) {
    history.log.push(`${step}: replica ${replica.index}: threw`);
    throw new Error(`step ${step} on replica ${replica.index}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

/**
 * One seeded run: set up, random operations under a random network, then heal, sync and
 * check that the replicas are identical and the invariants hold. The same seed always makes
 * the same run (ids and client ids are drawn from the seeded generator too).
 */
export function runFuzzSeed(seed: number, options: FuzzOptions = DEFAULT_FUZZ_OPTIONS): FuzzResult {
  const gen = prng.create(seed);
  const history = newRunHistory();
  seedRandomSource(gen);
  try {
    const network = new FuzzNetwork(gen, options.replicas);
    setUp(network);
    for (let step = 0; step < options.operations; step++) {
      operate(gen, network, history, step);
      disturbNetwork(gen, network);
    }
    network.healAndSync();
    const divergence = findDivergence(network.replicas);
    const deletions = divergence ? null : deleteSetDifference(network.replicas);
    const problems = divergence
      ? [divergence]
      : deletions === 'other'
        ? ['the replicas deleted different items, not only formatting markers']
        : checkInvariants(network.replicas[0]!, history);
    return { seed, problems, log: history.log, deleteSetsDiffer: deletions === 'formatting' };
  } catch (error) {
    return {
      seed,
      problems: [(error as Error).message],
      log: history.log,
      deleteSetsDiffer: false,
    };
  } finally {
    seedRandomSource(null);
  }
}
