import { error } from '@sveltejs/kit';
import { FACTS, factById } from '$lib/content/catalogue';
import type { EntryGenerator, PageLoad } from './$types';

export const entries: EntryGenerator = () => FACTS.map((fact) => ({ id: fact.id }));

export const load: PageLoad = ({ params }) => {
	const fact = factById(params.id);
	if (!fact) error(404, 'No such fact');
	return { fact };
};
