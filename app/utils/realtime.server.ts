/** The app's side of PartyKit: reachability now; authenticated pushes into rooms build on it. */
export interface Realtime {
  url: string;
  ping(timeoutMs?: number): Promise<void>;
}

export function createRealtime(url: string): Realtime {
  return {
    url,
    async ping(timeoutMs = 2000) {
      const response = await fetch(`${url}/health`, { signal: AbortSignal.timeout(timeoutMs) });
      if (!response.ok) throw new Error(`PartyKit answered ${response.status}`);
      await response.body?.cancel();
    },
  };
}
