import { error } from '@sveltejs/kit';
import { bmoAtBuild } from '$lib/data/bmo.server';
import { loadSites } from '$lib/data/queries';

/** One prerendered page per site of the default dataset. */
export async function entries() {
  const { NodeConnector } = await import('$lib/data/node');
  const db = await NodeConnector.open('static');
  try {
    return (await loadSites(db)).map((s) => ({ id: s.id }));
  } finally {
    await db.close();
  }
}

export async function load({ params, parent }) {
  const { dataset } = await parent();
  if (!dataset.sites.some((s) => s.id === params.id)) error(404, `Site inconnu : ${params.id}`);
  return { siteId: params.id, bmo: await bmoAtBuild() };
}
