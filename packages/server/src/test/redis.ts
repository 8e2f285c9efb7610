import { connect } from "node:net";

/** The Redis the tests use (REDIS_URL, else the local default). */
export const TEST_REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";

/** Whether something listens at the Redis URL (tests that need Redis are skipped otherwise). */
export function redisAvailable(url = TEST_REDIS_URL): Promise<boolean> {
  return new Promise<boolean>((resolve) => {
    const { hostname, port } = new URL(url);
    const socket = connect(Number(port || 6379), hostname, () => (socket.end(), resolve(true)));
    socket.on("error", () => resolve(false));
  });
}
