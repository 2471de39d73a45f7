/**
 * The pages' Content-Security-Policy allows no eval. zod would probe `new Function` (caught, but reported as a
 * violation) to decide whether to compile its parsers; jitless skips the probe and the compiling. Imported
 * first by index.tsx, before any module that parses with zod.
 */
import { z } from "zod";

z.config({ jitless: true });
