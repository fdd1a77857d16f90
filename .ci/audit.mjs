// Judges `npm audit --omit=dev --audit-level=high --json`: fails (exit 1) when production
// dependencies have a high or critical advisory. When the advisory service could not be
// reached, it says loudly that nothing was audited, and fails only if STRIDE_AUDIT_REQUIRED=1.
import { readFileSync } from 'node:fs';

const [path] = process.argv.slice(2);
let report;
try {
	report = JSON.parse(readFileSync(path, 'utf8'));
} catch (error) {
	report = { message: `no readable report (${error.message})` };
}

const counts = report.metadata?.vulnerabilities;
if (!counts) {
	console.error(`npm audit could not run: ${report.message ?? 'unknown error'}`);
	console.error('Production dependencies were NOT audited.');
	process.exit(process.env.STRIDE_AUDIT_REQUIRED === '1' ? 1 : 0);
}

const serious = Object.values(report.vulnerabilities ?? {}).filter(
	(v) => v.severity === 'high' || v.severity === 'critical'
);
for (const v of serious) console.error(`  ${v.name}: ${v.severity} (${v.range})`);
const total = (counts.high ?? 0) + (counts.critical ?? 0);
console.log(
	`npm audit: ${total} high or critical advisories in production dependencies (${counts.total ?? 0} of any severity).`
);
process.exit(total > 0 ? 1 : 0);
