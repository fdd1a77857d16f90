/**
 * The HTTP response headers every host of Stride must send, with every response. One list, read
 * by vite.config.ts (the preview server) and checked against static/_headers (Netlify and
 * Cloudflare Pages) by tests/unit/hosting-headers.test.ts.
 *
 * They exist because some protections cannot live in the page: a <meta> Content-Security-Policy
 * ignores frame-ancestors, and X-Frame-Options has no <meta> form. Without them any site could
 * load Stride in an invisible frame and trick a learner into clicking its buttons (clickjacking:
 * "Restore", "Reset this fact").
 */
export const SECURITY_HEADERS = Object.freeze({
	// No page of any origin, this one included, may frame Stride (modern browsers)…
	'Content-Security-Policy': "frame-ancestors 'none'",
	// …and the same for browsers that predate frame-ancestors.
	'X-Frame-Options': 'DENY',
	// Scripts and styles run only when served with their own MIME type.
	'X-Content-Type-Options': 'nosniff',
	// Stride needs no other site to know which of its pages a learner came from.
	'Referrer-Policy': 'no-referrer'
});
