/** One language layer for the desk, the CLI and every export. Pure TypeScript (no DOM, no Node). */
export * from './labels';
export * from './format';
export * from './history';
export * from './unsaved';
