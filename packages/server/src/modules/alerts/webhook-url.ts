/**
 * The SSRF rule for webhooks: only http(s), and never to private, loopback, link-local or other
 * non-public addresses (unless WEBHOOK_ALLOW_PRIVATE=true). Checked when a URL is saved (with a
 * DNS lookup) and again on every connection (`safeLookup`), so a name that later resolves to an
 * internal address is still refused.
 */
import dns from "node:dns";
import { BlockList, isIP, type LookupFunction } from "node:net";

const blocked = new BlockList();
for (const [net, bits] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.0.2.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["198.51.100.0", 24],
  ["203.0.113.0", 24],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const)
  blocked.addSubnet(net, bits, "ipv4");
for (const [net, bits] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
  ["64:ff9b::", 96],
  ["2001:db8::", 32],
] as const) {
  blocked.addSubnet(net, bits, "ipv6");
}

/** True for an address a webhook must not reach. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return blocked.check(address, "ipv4");
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return blocked.check(mapped[1], "ipv4");
    return blocked.check(address, "ipv6");
  }
  return true;
}

export class UnsafeUrlError extends Error {}

/** The URL if it is an acceptable webhook target; otherwise an UnsafeUrlError saying why. */
export async function checkWebhookUrl(raw: string, allowPrivate: boolean): Promise<URL> {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new UnsafeUrlError(`"${raw}" is not a URL.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new UnsafeUrlError("A webhook URL must start with http:// or https://.");
  if (url.username || url.password) throw new UnsafeUrlError("A webhook URL must not carry a user name or password.");
  if (raw.length > 2000) throw new UnsafeUrlError("A webhook URL must be at most 2000 characters.");
  if (allowPrivate) return url;
  const host = url.hostname.replace(/^\[|\]$/g, "");
  let addresses: string[];
  try {
    addresses = isIP(host) ? [host] : (await dns.promises.lookup(host, { all: true })).map((a) => a.address);
  } catch {
    throw new UnsafeUrlError(`The webhook host ${host} does not resolve.`);
  }
  const bad = addresses.find(isPrivateAddress);
  if (bad)
    throw new UnsafeUrlError(
      `The webhook host ${host} is a private, loopback or link-local address (${bad}); webhooks go only to public addresses.`,
    );
  return url;
}

/** A `lookup` for http(s).request that refuses private addresses at connection time. */
export function safeLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, "", 0);
      const list = addresses as unknown as dns.LookupAddress[];
      const ok = allowPrivate ? list : list.filter((a) => !isPrivateAddress(a.address));
      if (ok.length === 0) return callback(new UnsafeUrlError(`${hostname} resolves only to private addresses.`), "", 0);
      if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, ok);
      callback(null, ok[0].address, ok[0].family);
    });
  };
}
