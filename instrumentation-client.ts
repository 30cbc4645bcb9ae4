import { z } from "zod";

// Runs in the browser before the app. Zod compiles object parsers with `new Function` when eval is allowed,
// and probes for it on first use; under our Content-Security-Policy (no 'unsafe-eval') that probe is caught
// but still reported as a violation. Jitless parsing is the plain interpreter: same results, no probe.
// The server keeps the compiled parsers (autosave's hot path).
z.config({ jitless: true });
