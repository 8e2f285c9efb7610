/**
 * PostGraphile 5 declares Node >= 22: @dataplan/pg and grafast call Promise.withResolvers
 * (Node 22). On Node 20 every database-backed field fails with "Cannot read properties of
 * undefined (reading 'items')". This polyfill is all it takes here (the only Node 22 API found
 * in their dist/); it must load before postgraphile.
 */
interface Resolvers<T> {
  promise: Promise<T>;
  resolve: (value: T | PromiseLike<T>) => void;
  reject: (reason?: unknown) => void;
}
const P = Promise as unknown as { withResolvers?: <T>() => Resolvers<T> };
if (typeof P.withResolvers !== "function") {
  P.withResolvers = <T>() => {
    let resolve!: Resolvers<T>["resolve"];
    let reject!: Resolvers<T>["reject"];
    const promise = new Promise<T>((res, rej) => {
      resolve = res;
      reject = rej;
    });
    return { promise, resolve, reject };
  };
}
export {};
