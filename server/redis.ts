import { randomUUID } from 'node:crypto';
import { Redis } from '@hocuspocus/extension-redis';
import type { Logger } from './logger';

/**
 * Scale-out through Hocuspocus's Redis extension: every instance publishes the updates its
 * clients make and subscribes to the documents its clients have open, so clients connected
 * to different instances see each other's edits. Redis carries messages only; documents are
 * still persisted by each instance's SQLite extension (Redis also takes a short lock so only
 * one instance stores a document at a time).
 */

/** The URL without credentials, for logs and error messages. */
export function describeRedisUrl(redisUrl: string): string {
  const url = new URL(redisUrl);
  return `${url.protocol}//${url.hostname}:${url.port || '6379'}`;
}

export function redisExtension(redisUrl: string, logger: Logger): Redis {
  const url = new URL(redisUrl);
  const database = Number(url.pathname.slice(1) || '0');
  const extension = new Redis({
    host: url.hostname,
    port: Number(url.port || '6379'),
    // Unique per process: the extension ignores messages carrying its own identifier.
    identifier: `quorum-${randomUUID()}`,
    prefix: 'quorum',
    options: {
      username: url.username ? decodeURIComponent(url.username) : undefined,
      password: url.password ? decodeURIComponent(url.password) : undefined,
      db: Number.isInteger(database) ? database : 0,
      tls: url.protocol === 'rediss:' ? {} : undefined,
    },
  });
  const where = describeRedisUrl(redisUrl);
  for (const client of [extension.pub, extension.sub]) {
    // Without a listener ioredis prints every reconnect failure itself; route it through our
    // logger instead (it keeps retrying, and Hocuspocus keeps serving local clients).
    client.on('error', (error: Error) =>
      logger.warn('redis.error', { redis: where, reason: error.message }),
    );
  }
  return extension;
}

/** Fails fast at start-up when Redis is unreachable, rather than running half-connected. */
export async function waitForRedis(extension: Redis, redisUrl: string): Promise<void> {
  const clients = [extension.pub, extension.sub];
  try {
    await Promise.all(
      clients.map(
        (client) =>
          new Promise<void>((resolve, reject) => {
            if (client.status === 'ready') return resolve();
            client.once('ready', () => resolve());
            client.once('error', (error: Error) => reject(error));
          }),
      ),
    );
  } catch (error) {
    for (const client of clients) client.disconnect(false);
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`cannot reach Redis at ${describeRedisUrl(redisUrl)}: ${reason}`, {
      cause: error,
    });
  }
}
