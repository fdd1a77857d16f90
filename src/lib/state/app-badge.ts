/**
 * Shows on the app's icon how many questions today's quiz still holds, where the platform has
 * badges (an installed app on Chromium, Safari); elsewhere does nothing.
 */
export function showOnAppBadge(count: number): void {
	const badge = count > 0 ? navigator.setAppBadge?.(count) : navigator.clearAppBadge?.();
	// The badge is cosmetic: a refusal (no permission, not installed) must not disturb Today,
	// and there is nothing the learner could do about it.
	badge?.catch(() => undefined);
}
