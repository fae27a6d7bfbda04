import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { placeMenu } from '../../lib/directory/places';

// The directory's "near" menu (content/places.yaml), fetched by the island from the same site.
export const GET: APIRoute = async () => {
  const places = (await getCollection('places')).map((p) => p.data);
  return new Response(JSON.stringify(placeMenu(places)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
