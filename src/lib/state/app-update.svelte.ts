/**
 * Watches the service worker for a new version of Stride. A new version installs in the
 * background and waits (src/service-worker.ts never skips waiting by itself); this offers it,
 * and only `apply()` — the learner's "Reload to update" — lets it take over and reloads. So
 * code is never swapped under a running quiz.
 */
export type UpdateState =
	/** A new version is installed and waiting for the learner's go-ahead. */
	| 'ready'
	/** Another tab let a new version take over; this tab still runs the old code. */
	| 'elsewhere'
	| null;

const CHECK_EVERY_MS = 60 * 60 * 1000;

export class AppUpdate {
	state = $state<UpdateState>(null);

	#registration: ServiceWorkerRegistration | null = null;
	#applying = false;

	/** Starts watching; returns the function that stops it. */
	watch(): () => void {
		if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return () => {};
		const container = navigator.serviceWorker;
		let hadController = container.controller !== null;
		let stopped = false;

		const onControllerChange = () => {
			if (this.#applying) {
				location.reload();
			} else if (hadController) {
				// The first visit's worker claiming the page is not an update; a later change is.
				this.state = 'elsewhere';
			}
			hadController = true;
		};
		container.addEventListener('controllerchange', onControllerChange);

		const onUpdateFound = () => {
			const worker = this.#registration?.installing;
			worker?.addEventListener('statechange', () => {
				if (worker.state === 'installed' && container.controller) this.#offer();
			});
		};
		void container.ready.then((registration) => {
			if (stopped) return;
			this.#registration = registration;
			if (registration.waiting) this.#offer();
			registration.addEventListener('updatefound', onUpdateFound);
		});

		// Browsers look for a new version on navigation; a tab left open checks now and then.
		const check = () => void this.#registration?.update().catch(() => undefined);
		const timer = setInterval(check, CHECK_EVERY_MS);
		const onVisible = () => {
			if (document.visibilityState === 'visible') check();
		};
		document.addEventListener('visibilitychange', onVisible);

		return () => {
			stopped = true;
			clearInterval(timer);
			document.removeEventListener('visibilitychange', onVisible);
			container.removeEventListener('controllerchange', onControllerChange);
			this.#registration?.removeEventListener('updatefound', onUpdateFound);
		};
	}

	/** The learner's go-ahead: the waiting version takes over, then the page reloads. */
	apply(): void {
		const waiting = this.#registration?.waiting;
		if (!waiting) {
			location.reload();
			return;
		}
		this.#applying = true;
		waiting.postMessage({ type: 'SKIP_WAITING' });
	}

	#offer(): void {
		if (this.state === null) this.state = 'ready';
	}
}
