/**
 * English playbooks: `docs/playbooks/<topic>/<slug>.md` (id `playbooks/<topic>/<slug>`). In a file of its own,
 * free of `node:` modules, because the /contribute form's checks reach it in the browser (through
 * siteFiles/entities.ts).
 */
export const PLAYBOOK_PATH = /^docs\/(playbooks\/([^/]+)\/[^/]+)\.md$/;
