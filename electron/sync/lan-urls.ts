import type { NetworkInterfaceInfo } from 'node:os';

export type NetworkInterfaces = NodeJS.Dict<NetworkInterfaceInfo[]>;

/**
 * The addresses others on the network can type to reach a server on `port`: ws://<IPv4> for
 * each non-internal interface (the LAN ones people need), then ws://127.0.0.1 last (this
 * device only). IPv6 is left out: a CSP source cannot name an IPv6 literal, so a Quorum on
 * another device could not connect to one anyway.
 */
export function hostUrls(port: number, interfaces: NetworkInterfaces): string[] {
  const lan = new Set<string>();
  for (const addresses of Object.values(interfaces)) {
    for (const address of addresses ?? []) {
      if (address.family === 'IPv4' && !address.internal) {
        lan.add(`ws://${address.address}:${port}`);
      }
    }
  }
  return [...lan, localHostUrl(port)];
}

export function localHostUrl(port: number): string {
  return `ws://127.0.0.1:${port}`;
}
