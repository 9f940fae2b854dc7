// vitest 5 reports failures with Map.groupBy, which Node 20 (this project's runtime) lacks.
// The configs import this file so the reporter runs in the same process with it defined.
if (typeof Map.groupBy !== 'function') {
  Object.defineProperty(Map, 'groupBy', {
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        const group = groups.get(k);
        if (group) group.push(item);
        else groups.set(k, [item]);
      }
      return groups;
    },
  });
}
if (typeof Object.groupBy !== 'function') {
  Object.defineProperty(Object, 'groupBy', {
    value<T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) {
      return Object.fromEntries(Map.groupBy(items, key));
    },
  });
}
