import { error } from '@sveltejs/kit';
import { DATASET, factById } from '$lib/content';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => DATASET.facts.map((fact) => ({ id: fact.id }));

export const load: PageLoad = ({ params }) => {
	const fact = factById(params.id);
	if (!fact) error(404, 'No such fact');
	return { fact };
};
