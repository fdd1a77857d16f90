import type { BodyRegion, MuscleGroup } from './model';

/**
 * Where each body region is, in words a runner would use. The body map names its regions
 * with these when the question is where a group is ("Tap where the calves are"), so a
 * screen-reader user answers the same question a sighted one does: the place, not the name.
 */
export const REGION_PLACES: Record<BodyRegion, string> = {
	'thigh-front': 'Front of the thigh',
	'thigh-back': 'Back of the thigh',
	buttocks: 'Buttocks',
	'hip-front': 'Deep in the front of the hip',
	'lower-leg-back': 'Back of the lower leg',
	'chest-deep': 'Deep, between the chest and the belly',
	trunk: 'Belly, sides and lower back',
	'arms-shoulders-chest': 'Arms, shoulders and chest'
};

/** Where a group is, as one phrase. */
export function placeOf(group: Pick<MuscleGroup, 'regions'>): string {
	return group.regions.map((region) => REGION_PLACES[region]).join(' and ');
}
