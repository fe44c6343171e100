import { bmoAtBuild } from '$lib/data/bmo.server';

/** The survey a site's page shows beside its figures (the site itself is read in the browser). */
export async function load() {
  return { bmo: await bmoAtBuild() };
}
