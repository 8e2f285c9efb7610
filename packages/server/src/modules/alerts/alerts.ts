/** Watches and alerts in a server process: the broker, the delivery worker and live subscriptions, with one `close()`. */
import type { Server } from "node:http";
import type { GraphQLSchema } from "graphql";
import type { Config } from "../../config";
import type { Services } from "../../context";
import type { Database } from "../../db/database";
import { AlertsBroker } from "./broker";
import { AlertsWorker } from "./alerts-worker";
import { attachLiveServer } from "./live";

export interface Alerts {
  broker: AlertsBroker;
  /** Null when ALERTS_WORKER=false. */
  worker: AlertsWorker | null;
  close(): Promise<void>;
}

export async function createBroker(db: Database): Promise<{ broker: AlertsBroker }> {
  const broker = new AlertsBroker(db);
  await broker.start();
  return { broker };
}

export async function startAlerts(o: {
  db: Database;
  httpServer: Server;
  schema: GraphQLSchema;
  services: Services;
  broker: AlertsBroker;
  config: Config;
}): Promise<Alerts> {
  const live = attachLiveServer(o.httpServer, o.schema, o.services, o.config.limits);
  const worker = o.config.alerts.worker ? new AlertsWorker(o.db, o.broker, o.config.alerts) : null;
  await worker?.start();
  return {
    broker: o.broker,
    worker,
    async close() {
      await live.close();
      await worker?.stop();
      await o.broker.close();
    },
  };
}
