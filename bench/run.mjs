// Runs every benchmark in turn. Figures are medians of whole-process runs; ratios are cohort / other.
await import('./validate.mjs');
await import('./plan.mjs');
await import('./yardstick.mjs');
await import('./travel.mjs');
await import('./capacity.mjs');
await import('./match.mjs');
