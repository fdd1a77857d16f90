import { error } from '@sveltejs/kit';
import { MUSCLE_GROUP_IDS } from '$lib/content/model';
import type { EntryGenerator, PageLoad } from './$types';

/** One prerendered page per muscle group. */
export const entries: EntryGenerator = () => MUSCLE_GROUP_IDS.map((group) => ({ group }));

export const load: PageLoad = ({ params }) => {
	const groupId = MUSCLE_GROUP_IDS.find((id) => id === params.group);
	if (!groupId) error(404, `There is no muscle group called “${params.group}”.`);
	return { groupId };
};
