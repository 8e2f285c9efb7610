/** Test helper: a graphql-ws client in Node, optionally with a bearer token, collecting what a subscription yields. */
import { createClient, type Client } from "graphql-ws";
import WebSocket from "ws";

export interface Collector<T> {
  items: T[];
  errors: unknown[];
  client: Client;
  close(): Promise<void>;
}

export async function subscribe<T>(httpUrl: string, query: string, token?: string): Promise<Collector<T>> {
  const headers = token ? { authorization: `Bearer ${token}` } : {};
  class AuthedSocket extends WebSocket {
    constructor(url: string, protocols?: string | string[]) {
      super(url, protocols, { headers });
    }
  }
  let connected!: () => void;
  const ready = new Promise<void>((resolve) => (connected = resolve));
  const client = createClient({
    url: httpUrl.replace(/^http/, "ws") + "/graphql",
    webSocketImpl: AuthedSocket,
    lazy: false,
    retryAttempts: 0,
    on: { connected: () => connected() },
  });
  const items: T[] = [];
  const errors: unknown[] = [];
  client.subscribe<T>(
    { query },
    { next: (v) => (v.errors ? errors.push(v.errors) : items.push(v.data as T)), error: (e) => errors.push(e), complete: () => {} },
  );
  await ready;
  // The server registers the subscription shortly after the socket connects.
  await new Promise((r) => setTimeout(r, 200));
  return { items, errors, client, close: () => client.dispose() as Promise<void> };
}
