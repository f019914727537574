// Groups the sighted items of all issues into clusters, one per distinct entry.
import { fold } from '../ids.js';
import type { ParsedIssue, SightedItem } from '../model.js';
import type { Sighting } from './sightings.js';

export interface Clustering {
  /** Sightings of one distinct entry each, in issue order. */
  clusters: Sighting[][];
  /** Cluster index of every sighted item, including repeats in a duplicate issue file. */
  clusterOf: Map<SightedItem, number>;
}

export function clusterItems(issues: readonly ParsedIssue[]): Clustering {
  const byTitle = new Map<string, number>();
  const clusters: Sighting[][] = [];
  const clusterOf = new Map<SightedItem, number>();
  for (const issue of issues) {
    for (const item of issue.items) {
      const key = fold(item.title);
      const index = byTitle.get(key);
      const cluster = index === undefined ? undefined : clusters[index];
      const last = cluster?.[cluster.length - 1];
      if (index !== undefined && cluster && last && last.issue.source !== issue.source) {
        if (last.issue.number === null || last.issue.number !== issue.number) cluster.push({ issue, item });
        clusterOf.set(item, index);
        continue;
      }
      clusterOf.set(item, clusters.length);
      byTitle.set(key, clusters.length);
      clusters.push([{ issue, item }]);
    }
  }
  return { clusters, clusterOf };
}
