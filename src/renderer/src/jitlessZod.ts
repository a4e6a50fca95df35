import { config } from 'zod'

// Zod probes `new Function` once to decide on its JIT; under the app's CSP (no 'unsafe-eval') the
// probe is blocked and reported as a security policy violation. jitless: no probe, no eval, the
// same validation. Imported first by main.tsx, before any module parses with zod.
config({ jitless: true })
