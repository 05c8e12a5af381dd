// Filled by a later issue; see the repository's open issues.
export {};
