/** The content model: the one zod schema used by the build, the CLI, the forms and the tests. */
export * from './common';
export * from './city';
export * from './organization';
export * from './playbook';
export * from './collection';
export * from './tombstone';
export * from './translation';
