/** The event Chromium browsers fire when the app can be installed (not in the DOM typings). */
interface BeforeInstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

const DISMISSED_KEY = 'stride.install-dismissed';

function storedDismissal(): boolean {
	try {
		return localStorage.getItem(DISMISSED_KEY) === 'yes';
	} catch {
		// Storage refused (a privacy mode): the offer is then shown again next visit, no harm.
		return false;
	}
}

/**
 * The browser's offer to install Stride, held until the learner has a reason to install it:
 * the layout captures it on any page, Today offers it after the first finished quiz (and on
 * the first visit's welcome). A "not now" is remembered on this device. The layout holds the one
 * instance and hands it to pages as the context `'install-prompt'`: a page then imports only
 * the type, and this module stays in the layout's chunk instead of a chunk every page loads.
 */
export class InstallPrompt {
	#event = $state<BeforeInstallPromptEvent | null>(null);
	#dismissed = $state(storedDismissal());

	/** Whether to offer installing: the browser offered it and the learner has not declined. */
	get available(): boolean {
		return this.#event !== null && !this.#dismissed;
	}

	/** Listens for the browser's offer; returns the function that stops, for `$effect`. */
	capture(): () => void {
		const keep = (event: Event) => {
			// Without this the browser shows its own bar at once, before Stride has been tried.
			event.preventDefault();
			this.#event = event as BeforeInstallPromptEvent;
		};
		const installed = () => (this.#event = null);
		window.addEventListener('beforeinstallprompt', keep);
		window.addEventListener('appinstalled', installed);
		return () => {
			window.removeEventListener('beforeinstallprompt', keep);
			window.removeEventListener('appinstalled', installed);
		};
	}

	/** Shows the browser's install dialog; an offer can be used once. */
	async install(): Promise<void> {
		const event = this.#event;
		if (!event) return;
		this.#event = null;
		await event.prompt();
		await event.userChoice;
	}

	dismiss(): void {
		this.#dismissed = true;
		try {
			localStorage.setItem(DISMISSED_KEY, 'yes');
		} catch {
			// Not remembered (storage refused): declined for this visit only.
		}
	}
}
